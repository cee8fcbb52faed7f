import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import { captureWarnings, datasetCopy, serve, settled, setup } from './setup.js';

const fact = embeddedDataset().facts({ report: 'jinhua-five-year', headline: true })[0]!;
const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]') as HTMLElement | null;
let unique = 0;
const fresh = () => `t${Date.now()}-${(unique += 1)}`;

describe('src: a user dataset', () => {
  it('shows a fact from the dataset at src', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi src="/test-data/dataset.json?key=${fresh()}" fact=${fact.id}></union-kpi>`);
    expect(error(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="value"]')).not.to.equal(null);
  });

  it('HTTP 404: an error naming the status and the URL, in the widget’s language', async () => {
    const warnings = await captureWarnings(async () => {
      const zh = await setup<UnionKpi>(html`<union-kpi src="/test-data/missing.json" fact=${fact.id}></union-kpi>`);
      expect(error(zh)!.textContent).to.contain('数据文件无法获取（HTTP 404）');
      const en = await setup<UnionKpi>(html`<union-kpi src="/test-data/missing.json" fact=${fact.id} lang="en"></union-kpi>`);
      expect(error(en)!.textContent).to.contain('could not be loaded (HTTP 404)');
      await expect(en).to.be.accessible();
    });
    expect(warnings.some((w) => w.includes('attribute "src"') && w.includes('HTTP 404'))).to.equal(true);
  });

  it('invalid JSON', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi src="/test-data/not-json.json" fact=${fact.id} lang="en"></union-kpi>`);
    expect(error(el)!.textContent).to.contain('is not valid JSON');
  });

  it('a schema error names the path of every bad field', async () => {
    const bad = datasetCopy() as unknown as { facts: { quantity: { unit: string } }[]; reports: { kind: string }[] };
    bad.facts[2]!.quantity.unit = 'furlong';
    bad.reports[1]!.kind = 'weekly';
    const el = await setup<UnionKpi>(html`<union-kpi src=${serve(bad)} fact=${fact.id} lang="en"></union-kpi>`);
    const text = error(el)!.textContent!;
    expect(text).to.contain('is not a union-viz dataset');
    expect(text).to.contain('/facts/2/quantity/unit');
    expect(text).to.contain('/reports/1/kind');
    await expect(el).to.be.accessible();
  });

  it('a timeout', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi src="/test-data/dataset.json?delay=3000&key=${fresh()}" timeout="300" fact=${fact.id} lang="en"></union-kpi>`);
    expect(error(el)!.textContent).to.contain('took too long to load');
  });

  it('a slow response keeps the box’s size: no layout shift when data arrives', async () => {
    const el = await fixture<UnionKpi>(html`<union-kpi src="/test-data/dataset.json?delay=700&key=${fresh()}" fact=${fact.id} style="width: 300px"></union-kpi>`);
    await el.updateComplete;
    expect(settled(el)).to.equal(false);
    const loading = el.getBoundingClientRect();
    expect(loading.height).to.be.greaterThan(60);
    await waitUntil(() => settled(el), 'never loaded', { timeout: 5000 });
    await el.updateComplete;
    const loaded = el.getBoundingClientRect();
    expect(Math.abs(loaded.height - loading.height)).to.be.at.most(1);
  });

  it('twenty widgets on one src make one request', async () => {
    const key = fresh();
    const src = `/test-data/dataset.json?key=${key}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>${Array.from({ length: 20 }, () => html`<union-kpi src=${src} fact=${fact.id}></union-kpi>`)}</div>`);
    const kpis = [...wrapper.querySelectorAll('union-kpi')];
    await waitUntil(() => kpis.every(settled), 'not all loaded', { timeout: 5000 });
    const { hits } = await (await fetch(`/test-data/hits?key=${key}`)).json();
    expect(hits).to.equal(1);
  });

  it('renders markup in every string field of a user dataset as text', async () => {
    const payload = '<img src=x onerror="window.__unionXss=1">';
    const hostile = datasetCopy();
    const poison = (value: unknown, key?: string): unknown => {
      if (typeof value === 'string') return ['id', 'metric', 'report', 'region', 'code', 'parent', 'unit', 'approx', 'kind', 'level', 'category', 'start', 'end', 'sha256', 'schemaVersion', 'file', 'measure', 'family', 'text'].includes(key ?? '') ? value : `${value}${payload}`;
      if (Array.isArray(value)) return value.map((v) => poison(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
      return value;
    };
    // quantity.text is left alone: the dataset must find it in the quote, which is poisoned.
    const el = await setup<UnionKpi>(html`<union-kpi src=${serve(poison(hostile))} fact=${fact.id} label=${payload}></union-kpi>`);
    expect(error(el)?.textContent ?? null).to.equal(null);
    (el.shadowRoot!.querySelector('[part="source-button"]') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 100));
    // The popover's content code loads on first open; the widget's update waits for it.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x');
    expect((window as unknown as { __unionXss?: number }).__unionXss).to.equal(undefined);
  });
});
