import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { UnionKpiGrid } from '../../src/components/kpi-grid/union-kpi-grid.js';
import { captureWarnings, settled, setup } from './setup.js';

const ds = embeddedDataset();
const kpisOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('union-kpi')];
const allSettled = async (el: Element) => waitUntil(() => kpisOf(el).every(settled), 'cards did not load', { timeout: 8000 });

describe('<union-kpi-grid>', () => {
  for (const report of ds.reports()) {
    it(`shows ${report.id}'s headline facts in headline order`, async () => {
      const el = await setup<UnionKpiGrid>(html`<union-kpi-grid report=${report.id}></union-kpi-grid>`);
      await allSettled(el);
      const expected = ds.facts({ report: report.id, headline: true }).map((f) => f.id);
      expect(kpisOf(el).map((k) => k.getAttribute('fact'))).to.deep.equal(expected);
      if (ds.facts({ report: report.id }).length === 0) {
        const cards = [...el.shadowRoot!.querySelectorAll('[part="roll-card"]')];
        const rolls = ds.honorRolls({ report: report.id });
        expect(cards).to.have.length(rolls.length);
        expect(cards[0]!.textContent).to.contain(`${rolls[0]!.entries.length}`);
      }
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(report.title);
      await expect(el).to.be.accessible();
    });
  }

  it('shows every fact with show="all", and an English heading with lang="en"', async () => {
    const el = await setup<UnionKpiGrid>(html`<union-kpi-grid report="wuyi-five-year" show="all" lang="en"></union-kpi-grid>`);
    await allSettled(el);
    expect(kpisOf(el)).to.have.length(ds.facts({ report: 'wuyi-five-year' }).length);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(ds.report('wuyi-five-year').ok ? (ds.report('wuyi-five-year') as { value: { titleEn: string } }).value.titleEn : '');
    expect(kpisOf(el).every((k) => k.getAttribute('lang') === 'en')).to.equal(true);
  });

  it('lays out one column in a sidebar and several in a wide column', async () => {
    const narrow = await setup<UnionKpiGrid>(html`<union-kpi-grid report="jinhua-five-year" style="width: 280px"></union-kpi-grid>`);
    const wide = await setup<UnionKpiGrid>(html`<union-kpi-grid report="jinhua-five-year" style="width: 1100px"></union-kpi-grid>`);
    const columns = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="grid"]')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.equal(4);
  });

  it('filters by category', async () => {
    const el = await setup<UnionKpiGrid>(html`<union-kpi-grid category="legal"></union-kpi-grid>`);
    const ids = kpisOf(el).map((k) => k.getAttribute('fact'));
    expect(ids).to.have.members(ds.facts({ category: 'legal' }).map((f) => f.id));
  });

  it('bad input: unknown report, bad category, nothing set', async () => {
    const warnings = await captureWarnings(async () => {
      const unknown = await setup<UnionKpiGrid>(html`<union-kpi-grid report="nowhere-2020"></union-kpi-grid>`);
      expect(unknown.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('找不到报告“nowhere-2020”');
      const bad = await setup<UnionKpiGrid>(html`<union-kpi-grid category="sports" lang="en"></union-kpi-grid>`);
      expect(bad.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Attribute “category” has an invalid value “sports”');
      const none = await setup<UnionKpiGrid>(html`<union-kpi-grid></union-kpi-grid>`);
      expect(none.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
      await expect(none).to.be.accessible();
    });
    expect(warnings.some((w) => w.includes('attribute "report"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('attribute "category"'))).to.equal(true);
  });

  for (const [theme, page] of [['light', 'background: #fff'], ['dark', 'background: #11141a']]) {
    it(`is accessible in the ${theme} theme, on a ${theme} page`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${page!}><union-kpi-grid report="yiwu-2020" theme=${theme!}></union-kpi-grid></div>`);
      const el = wrapper.querySelector('union-kpi-grid')!;
      await waitUntil(() => settled(el));
      await allSettled(el);
      await expect(wrapper).to.be.accessible();
    });
  }
});
