/// <reference types="vite/client" />
import { el, pageHref, param, startPage, t } from './shell.js';

// The docs: a page per tag (?tag=union-kpi), generated from custom-elements.json. The live
// example takes every attribute and CSS property from a form, and logs the events it fires.
interface Entry {
  name: string;
  description: string;
  type: string;
  default: string;
}
interface TagDoc {
  tag: string;
  className: string;
  description: string;
  attributes: Entry[];
  properties: Entry[];
  events: Entry[];
  parts: Entry[];
  cssProperties: Entry[];
}

const words = t({
  'zh-CN': {
    title: '组件文档',
    lead: '每个组件的属性、特性、事件、部件和 CSS 变量，由 custom-elements.json 生成。修改下面的表单，示例会即时更新。',
    attributes: '属性（attributes）',
    properties: '特性（properties）',
    events: '事件',
    parts: '部件（::part）',
    cssProperties: 'CSS 变量',
    example: '实时示例',
    markup: '示例代码',
    log: '事件记录',
    name: '名称',
    type: '类型',
    description: '说明',
    none: '无',
    unknown: '没有这个组件。',
  },
  en: {
    title: 'Widget docs',
    lead: 'Each widget’s attributes, properties, events, parts and CSS properties, generated from custom-elements.json. Change the form below and the live example follows.',
    attributes: 'Attributes',
    properties: 'Properties',
    events: 'Events',
    parts: 'Parts (::part)',
    cssProperties: 'CSS properties',
    example: 'Live example',
    markup: 'Its markup',
    log: 'Events fired',
    name: 'Name',
    type: 'Type',
    description: 'Description',
    none: 'none',
    unknown: 'There is no such widget.',
  },
});

/** The example each tag opens with: real subjects from the dataset. */
const EXAMPLES: Record<string, Record<string, string>> = {
  'union-kpi': { fact: 'yiwu-2020.rest-recuperation.participants' },
  'union-kpi-grid': { report: 'yiwu-2020' },
  'union-figure': { fact: 'yiwu-2020.rest-recuperation.spending' },
  'union-bar-chart': { report: 'jinhua-five-year', category: 'honours', group: 'level' },
  'union-honor-roll': { report: 'yiwu-2018-plenary' },
  'union-county-map': {},
};

const docs = import.meta.glob<TagDoc>('../generated/docs/union-*.json', { import: 'default' });
const tags = Object.keys(docs).map((path) => path.replace(/^.*\/(union-[^/]+)\.json$/, '$1')).sort();
const tag = param('tag');

function table(caption: string, entries: Entry[], withType = true): HTMLElement[] {
  if (entries.length === 0) return [el('h2', {}, caption), el('p', {}, words.none)];
  return [
    el('h2', {}, caption),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, words.name), withType ? el('th', { scope: 'col' }, words.type) : null, el('th', { scope: 'col' }, words.description))),
        el('tbody', {}, ...entries.map((e) => el('tr', {}, el('td', {}, el('code', {}, e.name)), withType ? el('td', {}, el('code', {}, e.type)) : null, el('td', { lang: 'en' }, e.description)))),
      ),
    ),
  ];
}

async function tagPage(name: string): Promise<void> {
  const doc = await docs[`../generated/docs/${name}.json`]!();
  await import(`../../src/define/${name}.ts`);
  const main = startPage('docs', `<${doc.tag}>`);
  const example = document.createElement(doc.tag);
  const markup = el('pre', { id: 'example-markup' });
  const log = el('ol', { class: 'event-log', 'aria-live': 'polite' });
  const attributeForm = el('div', { class: 'filters' });
  const styleForm = el('div', { class: 'filters' });
  const refresh = () => (markup.textContent = example.outerHTML.replace(/><\/.*$/s, `></${doc.tag}>`));
  for (const a of doc.attributes) {
    const input = el('input', { name: a.name, value: EXAMPLES[doc.tag]?.[a.name] ?? '' });
    input.addEventListener('change', () => {
      if (input.value) example.setAttribute(a.name, input.value);
      else example.removeAttribute(a.name);
      refresh();
    });
    attributeForm.append(el('label', { class: 'field' }, a.name, input));
  }
  for (const p of doc.cssProperties) {
    const input = el('input', { name: p.name, placeholder: 'e.g. #0f766e' });
    input.addEventListener('change', () => {
      example.style.setProperty(p.name, input.value);
      refresh();
    });
    styleForm.append(el('label', { class: 'field' }, p.name, input));
  }
  for (const [k, v] of Object.entries(EXAMPLES[doc.tag] ?? {})) example.setAttribute(k, v);
  for (const e of doc.events) example.addEventListener(e.name, (event) => log.append(el('li', {}, `${e.name}: ${JSON.stringify((event as CustomEvent).detail ?? null)}`)));
  refresh();
  main.append(
    el('p', { class: 'lead', lang: 'en' }, doc.description),
    el('h2', {}, words.example),
    el('div', { class: 'panel' }, example),
    el('h3', {}, words.markup),
    markup,
    ...table(words.attributes, doc.attributes),
    attributeForm,
    ...table(words.properties, doc.properties),
    ...table(words.events, doc.events, false),
    el('h3', {}, words.log),
    log,
    ...table(words.parts, doc.parts, false),
    ...table(words.cssProperties, doc.cssProperties, false),
    styleForm,
  );
}

if (tag && tags.includes(tag)) void tagPage(tag);
else {
  const main = startPage('docs', words.title);
  main.append(
    el('p', { class: 'lead' }, tag ? words.unknown : words.lead),
    el('ul', {}, ...tags.map((name) => el('li', {}, el('a', { href: pageHref('docs', { tag: name }) }, `<${name}>`)))),
  );
}
