import { expect } from '@open-wc/testing';
import '../../src/define/union-bar-chart.js';
import '../../src/define/union-county-map.js';
import '../../src/define/union-figure.js';
import '../../src/define/union-honor-roll.js';
import '../../src/define/union-kpi-grid.js';
import '../../src/define/union-kpi.js';
import type { DataNeed } from '../../src/dataset/parts/route.js';
import { earlyNeed } from '../../src/dataset/parts/prefetch.js';

// The CDN bundle asks for a widget's parts from its attributes before the element exists
// (prefetch.ts). What it asks for must be what the element asks for once it upgrades, or
// the page fetches parts nobody shows and waits for the ones they do.

/** A need with its unset fields left out: an element's null and an absent attribute say the same. */
const plain = (need: DataNeed) => Object.fromEntries(Object.entries(need).filter(([, v]) => v !== null && v !== undefined));

/** The need of `tag` with `attributes`, read early and by the element. */
function needs(tag: string, attributes: Record<string, string>): { early: DataNeed; element: DataNeed } {
  const template = document.createElement('template');
  template.innerHTML = `<${tag}></${tag}>`;
  const inert = template.content.firstElementChild!;
  for (const [name, value] of Object.entries(attributes)) inert.setAttribute(name, value);
  const early = earlyNeed(inert);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const element = (el as unknown as { dataNeed(): DataNeed }).dataNeed();
  return { early, element };
}

// Each set carries attributes the tag reads and some it does not, which it must ignore.
const CASES: Array<[string, Record<string, string>]> = [
  ['union-kpi', { fact: 'yiwu-2020.rest-recuperation.participants', category: 'legal' }],
  ['union-kpi', { metric: 'rest-recuperation.participants', region: '义乌市', report: 'yiwu-2020', metrics: 'a,b' }],
  ['union-figure', { fact: 'yiwu-2020.rest-recuperation.participants', category: 'legal', report: 'yiwu-2020' }],
  ['union-kpi-grid', { report: 'jiande-2020', category: 'welfare', fact: 'jiande-2020.welfare.x', metric: 'welfare.x' }],
  ['union-bar-chart', { report: 'jinhua-five-year', category: 'honours', fact: 'jinhua-five-year.honours.x', region: '义乌市' }],
  ['union-bar-chart', { metric: 'rest-recuperation.participants', region: '义乌市' }],
  ['union-bar-chart', { metrics: 'skills.competitions,hardship-aid.amount', metric: 'legal.x', category: 'legal', report: 'wuyi-five-year' }],
  ['union-county-map', { metric: 'rest-recuperation.participants', report: 'yiwu-2020', fact: 'x' }],
  ['union-county-map', { report: 'yiwu-2020' }],
  ['union-honor-roll', { report: 'jinhua-five-year', fact: 'x', metric: 'y' }],
];

describe('the CDN bundle’s early requests', () => {
  for (const [tag, attributes] of CASES) {
    it(`asks for what <${tag} ${Object.keys(attributes).join(' ')}> will ask for`, () => {
      const { early, element } = needs(tag, attributes);
      expect(plain(early)).to.deep.equal(plain(element));
    });
  }

  it('reads nothing a tag does not have: a stray attribute changes no early need', () => {
    const { early } = needs('union-bar-chart', { report: 'jinhua-five-year', category: 'honours', fact: 'jinhua-five-year.honours.x', region: '义乌市' });
    expect(early.fact ?? null).to.equal(null);
    expect(early.region ?? null).to.equal(null);
  });
});
