import { expect, html } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import { MAX_DATASET_BYTES } from '../../src/components/base/dataset-fetch.js';
import { captureWarnings, setup } from './setup.js';

const fact = embeddedDataset().facts({ report: 'jinhua-five-year', headline: true })[0]!;
const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]') as HTMLElement | null;
// Assertions compare text, not elements: a failing comparison of an element makes the test runner lose the browser.
const value = (el: Element) => el.shadowRoot!.querySelector('[part="value"]');
let unique = 0;
const fresh = () => `retry-${Date.now()}-${(unique += 1)}`;
const hits = async (key: string) => ((await (await fetch(`/test-data/hits?key=${key}`)).json()) as { hits: number }).hits;

describe('src: failures are not kept', () => {
  it('a server that answered 500 once is asked again by the next widget', async () => {
    const src = `/test-data/flaky?key=${fresh()}`;
    const first = await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id} lang="en"></union-kpi>`);
    expect(error(first)!.textContent).to.contain('HTTP 500');
    const second = await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id} lang="en"></union-kpi>`);
    expect(error(second)?.textContent ?? null).to.equal(null);
    expect(value(second)?.textContent ?? null).not.to.equal(null);
  });

  it('a dataset that loaded is fetched once for the page', async () => {
    const key = fresh();
    const src = `/test-data/dataset.json?key=${key}`;
    await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id}></union-kpi>`);
    await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id}></union-kpi>`);
    expect(await hits(key)).to.equal(1);
  });
});

describe('src: each widget keeps its own timeout on a shared request', () => {
  it('a second widget with a shorter timeout times out while the first still loads', async () => {
    const key = fresh();
    const src = `/test-data/dataset.json?delay=1500&key=${key}`;
    const patient = setup<UnionKpi>(html`<union-kpi src=${src} timeout="8000" fact=${fact.id} lang="en"></union-kpi>`);
    const hasty = await setup<UnionKpi>(html`<union-kpi src=${src} timeout="200" fact=${fact.id} lang="en"></union-kpi>`);
    expect(error(hasty)!.textContent).to.contain('took too long to load');
    expect(value(await patient)?.textContent ?? null).not.to.equal(null);
    expect(await hits(key)).to.equal(1);
  });

  it('a second widget with a longer timeout loads after the first timed out', async () => {
    const src = `/test-data/dataset.json?delay=1500&key=${fresh()}`;
    const hasty = setup<UnionKpi>(html`<union-kpi src=${src} timeout="200" fact=${fact.id} lang="en"></union-kpi>`);
    const patient = setup<UnionKpi>(html`<union-kpi src=${src} timeout="8000" fact=${fact.id} lang="en"></union-kpi>`);
    expect(error(await hasty)!.textContent).to.contain('took too long to load');
    const loaded = await patient;
    expect(error(loaded)?.textContent ?? null).to.equal(null);
    expect(value(loaded)?.textContent ?? null).not.to.equal(null);
  });
});

describe('src: the size limit', () => {
  for (const [how, query] of [
    ['a declared length', ''],
    ['a streamed body with no length', '&stream=1'],
  ] as const) {
    it(`refuses a response over MAX_DATASET_BYTES, known by ${how}, with its own message`, async () => {
      const src = `/test-data/too-large.json?key=${fresh()}${query}`;
      const limit = `${Math.round(MAX_DATASET_BYTES / 1048576)} MB`;
      const warnings = await captureWarnings(async () => {
        const zh = await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id}></union-kpi>`);
        expect(error(zh)!.textContent).to.contain(`数据文件过大（超过 ${limit} 的上限）`);
        const en = await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id} lang="en"></union-kpi>`);
        expect(error(en)!.textContent).to.contain(`larger than the limit of ${limit}`);
        await expect(en).to.be.accessible();
      });
      expect(warnings.some((w) => w.includes('attribute "src"') && w.includes(`limit of ${MAX_DATASET_BYTES} bytes`))).to.equal(true);
    });
  }
});
