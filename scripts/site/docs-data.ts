// Writes the docs pages' data from custom-elements.json (run `cem analyze` first): per tag,
// its public attributes, properties, events, parts and CSS properties, and nothing else, so a
// docs page loads its tag's entry, not the whole manifest.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  name: string;
  description?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

const out = 'demo/generated/docs';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
/** lang is HTMLElement's own, so the analyzer has no words for it. */
const LANG = 'zh-CN or en. Absent: the nearest ancestor’s lang, else zh-CN.';
const pick = (d: Described) => ({ name: d.name, description: d.description || (d.name === 'lang' ? LANG : ''), type: d.type?.text ?? (d.name === 'lang' ? 'string' : ''), default: d.default ?? '' });
/** An entry the class leaves undocumented is state, not API (loadState). */
const documented = (d: { description: string }) => d.description !== '';
const internal = (d: Described) => /@internal/.test(d.description ?? '') || d.privacy === 'private' || d.privacy === 'protected' || d.static === true;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const tags: string[] = [];
for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
  if (!d.tagName) continue;
  tags.push(d.tagName);
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !internal(m));
  // The analyzer lists a property declared in `static properties` as an attribute too; a real attribute has a field that names it.
  const attributeNames = new Set(fields.filter((f) => f.attribute).map((f) => f.attribute!));
  const page = {
    tag: d.tagName,
    className: d.name,
    description: d.description ?? '',
    attributes: (d.attributes ?? []).filter((a) => attributeNames.has(a.name) || a.name === 'lang').map(pick).filter(documented),
    properties: fields.map(pick).filter(documented),
    events: (d.events ?? []).map(pick),
    parts: (d.cssParts ?? []).map(pick),
    cssProperties: (d.cssProperties ?? []).map(pick),
  };
  writeFileSync(`${out}/${d.tagName}.json`, JSON.stringify(page));
}
writeFileSync(`${out}/index.json`, JSON.stringify(tags.sort()));
console.log(`docs data: ${tags.length} tags in ${out}`);
