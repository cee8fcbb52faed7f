import { expect, html } from '@open-wc/testing';
import { embeddedDataset, MAX_LISTED_PROBLEMS } from '../../src/dataset/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import { ECHO_LENGTH } from '../../src/components/base/problem.js';
import { captureWarnings, datasetCopy, serve, setup } from './setup.js';

const ds = embeddedDataset();
const fact = ds.facts({ report: 'jinhua-five-year', headline: true })[0]!;
const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]') as HTMLElement | null;
const value = (el: Element) => el.shadowRoot!.querySelector('[part="value"]');
/** The error state lists a dataset's first problems; the rest are counted on one line. */
const LISTED_IN_WIDGET = 5;

describe('a user dataset with bidi control characters', () => {
  it('is refused with the path of each string, so no figure is shown reversed', async () => {
    const json = datasetCopy();
    const index = json.facts.findIndex((f) => f.id === fact.id);
    const reportIndex = json.reports.findIndex((r) => r.id === fact.report);
    json.facts[index]!.quantity.qualifier = '\u202E余';
    json.reports[reportIndex]!.issuer.zh = `\u202E${json.reports[reportIndex]!.issuer.zh}`;
    const warnings = await captureWarnings(async () => {
      for (const lang of ['zh-CN', 'en']) {
        const el = await setup<UnionKpi>(html`<union-kpi src=${serve(json)} fact=${fact.id} lang=${lang}></union-kpi>`);
        expect(value(el)?.textContent ?? null).to.equal(null);
        const text = error(el)!.textContent!;
        expect(text).to.contain(`/facts/${index}/quantity/qualifier`);
        expect(text).to.contain(`/reports/${reportIndex}/issuer/zh`);
        expect(text).to.contain('U+202E');
        await expect(el).to.be.accessible();
      }
    });
    expect(warnings.some((w) => w.includes('attribute "src"') && w.includes(`/facts/${index}/quantity/qualifier`))).to.equal(true);
  });
});

describe('a user dataset with duplicate ids', () => {
  for (const [list, key] of [
    ['reports', 'id'],
    ['metrics', 'id'],
    ['regions', 'code'],
  ] as const) {
    it(`is refused when two ${list} share a ${key}, with the path of the second`, async () => {
      const json = datasetCopy();
      const items = json[list] as unknown as Record<string, string>[];
      const last = items.length - 1;
      items[last]![key] = items[0]![key]!;
      const el = await setup<UnionKpi>(html`<union-kpi src=${serve(json)} fact=${fact.id} lang="en"></union-kpi>`);
      expect(error(el)!.textContent).to.contain(`/${list}/${last}/${key}`);
      expect(error(el)!.textContent).to.contain('is used twice');
    });
  }
});

describe('a user dataset with a figure of 1e308', () => {
  it('is refused with the path of the value, not drawn as a 309-digit number', async () => {
    const json = datasetCopy();
    const index = json.facts.findIndex((f) => f.id === fact.id);
    json.facts[index]!.quantity.value = 1e308;
    for (const lang of ['zh-CN', 'en']) {
      const el = await setup<UnionKpi>(html`<union-kpi src=${serve(json)} fact=${fact.id} lang=${lang}></union-kpi>`);
      expect(value(el)?.textContent ?? null).to.equal(null);
      expect(error(el)!.textContent).to.contain(`/facts/${index}/quantity/value`);
      expect(el.getBoundingClientRect().height).to.be.lessThan(400);
    }
  });
});

describe('a user dataset with thousands of errors', () => {
  it('shows the first problems and the total, and warns briefly', async () => {
    const json = datasetCopy();
    const copies = 10;
    const base = json.facts.slice();
    for (let c = 0; c < copies; c += 1) json.facts.push(...base.map((f) => ({ ...f, id: `${f.id}.c${c}`, metric: 'no-such-metric', headline: undefined })));
    const total = base.length * copies;
    const warnings = await captureWarnings(async () => {
      for (const [lang, more] of [
        ['zh-CN', `另有 ${total - LISTED_IN_WIDGET} 处错误`],
        ['en', `and ${total - LISTED_IN_WIDGET} more`],
      ] as const) {
        const el = await setup<UnionKpi>(html`<union-kpi src=${serve(JSON.parse(JSON.stringify(json)))} fact=${fact.id} lang=${lang}></union-kpi>`);
        const text = error(el)!.textContent!;
        expect(text).to.contain(String(total));
        expect(text).to.contain(more);
        expect(error(el)!.querySelectorAll('li')).to.have.length(LISTED_IN_WIDGET + 1);
      }
    });
    const warning = warnings.find((w) => w.includes('attribute "src"'))!;
    expect(warning).to.contain(`(${total} problems)`);
    expect(warning.length, 'a short warning, not one line per problem').to.be.lessThan(2000);
    expect(total).to.be.greaterThan(MAX_LISTED_PROBLEMS);
  });
});

describe('echoed values are cut to a readable length', () => {
  const long = `${'很长的值'.repeat(25_000)}`;
  for (const lang of ['zh-CN', 'en']) {
    it(`an unknown fact of 100,000 characters makes a small error box (${lang})`, async () => {
      const warnings = await captureWarnings(async () => {
        const el = await setup<UnionKpi>(html`<union-kpi fact=${long} lang=${lang} style="width: 320px"></union-kpi>`);
        const text = error(el)!.textContent!;
        expect(text).to.contain(`${long.slice(0, ECHO_LENGTH - 1)}…`);
        expect(text.length).to.be.lessThan(ECHO_LENGTH * 4);
        expect(el.getBoundingClientRect().height).to.be.lessThan(300);
      });
      expect(Math.max(...warnings.map((w) => w.length))).to.be.lessThan(ECHO_LENGTH * 4);
    });

    it(`a src URL of 100,000 characters is cut in the message (${lang})`, async () => {
      const src = `/test-data/missing.json?pad=${'x'.repeat(100_000)}`;
      const el = await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id} lang=${lang} style="width: 320px"></union-kpi>`);
      // Chromium answers 431 (header too large), Firefox a network error: either way, cut.
      const text = error(el)!.textContent!;
      expect(text).to.contain('/test-data/missing.json?pad=xxx');
      expect(text).to.contain('x…');
      expect(text.length).to.be.lessThan(ECHO_LENGTH * 4);
      expect(el.getBoundingClientRect().height).to.be.lessThan(300);
    });
  }

  it('never cuts a character in half', async () => {
    const emoji = '😀'.repeat(ECHO_LENGTH * 2);
    const el = await setup<UnionKpi>(html`<union-kpi fact=${emoji} lang="en"></union-kpi>`);
    const text = error(el)!.textContent!;
    expect(text).to.contain(`${'😀'.repeat(ECHO_LENGTH - 1)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).to.equal(false);
  });
});
