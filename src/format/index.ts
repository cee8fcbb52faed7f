export { LOCALES, resolveLocale, type Locale } from './locale.js';
export { NOTATIONS, formatQuantity, formatQuantityParts, roundsQuantity, speakQuantity, type FormatOptions, type Notation, type QuantityParts } from './quantity.js';
export { formatAsOf, formatPeriod } from './period.js';
export { enNoun, zhMeasureWord } from './units.js';
export { quantityWords, type QuantityWords } from './quantity-words.js';
