// Prints one fact's figure in each locale, as JSON, using only the installed package.
// Importing the library must not touch the DOM: Node has none.
import { embeddedDataset, formatQuantity } from 'union-viz';
import { embeddedDataset as fromSubpath } from 'union-viz/dataset';

const [id, ...locales] = process.argv.slice(2);
const fact = embeddedDataset().fact(id);
if (!fact.ok) throw new Error(`no fact ${id} in the embedded dataset`);
if (!fromSubpath().fact(id).ok) throw new Error(`union-viz/dataset does not know ${id}`);
const figures = Object.fromEntries(locales.map((locale) => [locale, formatQuantity(fact.value.quantity, { locale })]));
console.log(JSON.stringify(figures));
