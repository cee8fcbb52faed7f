import { expect, html } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { Fact } from '../../src/dataset/types.js';
import { formatAsOf, formatPeriod, formatQuantity } from '../../src/format/index.js';
import { pluralNoun } from '../../src/format/units.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import type { UnionKpiGrid } from '../../src/components/kpi-grid/union-kpi-grid.js';
import type { UnionFigure } from '../../src/components/figure/union-figure.js';
import { setup } from './setup.js';

const ds = embeddedDataset();
const part = (root: ParentNode, name: string) => root.querySelector(`[part~="${name}"]`) as HTMLElement;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const metricOf = (fact: Fact) => ds.metrics().find((m) => m.id === fact.metric)!;
const reportOf = (fact: Fact) => ds.reports().find((r) => r.id === fact.report)!;

async function openSource(el: Element, root: ParentNode = el.shadowRoot!): Promise<HTMLElement> {
  part(root, 'source-button').click();
  const popover = part(root, 'source-popover');
  await new Promise((r) => setTimeout(r, 0));
  expect(popover.matches(':popover-open')).to.equal(true);
  // The content's code loads the first time a popover opens; its host's update waits for it.
  await ((popover.getRootNode() as ShadowRoot).host as UnionKpi).updateComplete;
  return popover;
}

describe('<union-kpi> tells what the report says', () => {
  it('shows a fact’s own label where the metric’s would hide the body (金华市级 in a county report)', async () => {
    const fact = ds.data.facts.find((f) => f.report === 'yiwu-2020' && f.metric === 'honours.model-workers.prefecture')!;
    expect(fact.label, 'the fixture needs a fact with its own label').to.not.equal(undefined);
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang=${locale}></union-kpi>`);
      expect(text(part(el.shadowRoot!, 'label'))).to.equal(locale === 'en' ? fact.label!.en : fact.label!.zh);
      expect(text(part(el.shadowRoot!, 'label'))).to.not.equal(locale === 'en' ? metricOf(fact).en : metricOf(fact).zh);
    }
  });

  it('shows a stock at a point in time, not over the report’s span', async () => {
    const fact = ds.data.facts.find((f) => f.id === 'jinhua-five-year.organisation.members')!;
    expect(metricOf(fact).measure).to.equal('stock');
    const report = reportOf(fact);
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang=${locale}></union-kpi>`);
      const meta = text(part(el.shadowRoot!, 'meta'));
      expect(meta).to.contain(formatAsOf(report.period.end, locale));
      expect(meta).to.not.contain(formatPeriod(report.period, locale));
    }
  });

  it('shows a flow over its span', async () => {
    const fact = ds.data.facts.find((f) => f.id === 'jinhua-five-year.legal.wages-recovered')!;
    const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    expect(text(part(el.shadowRoot!, 'meta'))).to.contain(formatPeriod(reportOf(fact).period, 'zh-CN'));
  });

  it('counts in the metric’s noun in en ("libraries", not "organisations")', async () => {
    const fact = ds.data.facts.find((f) => f.id === 'jinhua-five-year.culture.workers-libraries')!;
    const noun = metricOf(fact).noun!;
    const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang="en"></union-kpi>`);
    const value = text(part(el.shadowRoot!, 'value'));
    expect(value).to.contain(pluralNoun(noun));
    expect(value).to.not.contain('organisations');
  });

  it('shows the fact’s note and the metric’s notes in the source popover', async () => {
    const fact = ds.data.facts.find((f) => f.note && metricOf(f).notes)!;
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang=${locale}></union-kpi>`);
      const popover = text(await openSource(el));
      const pick = locale === 'en' ? 'en' : 'zh';
      expect(popover).to.contain(fact.note![pick].replace(/\s+/g, ' '));
      expect(popover).to.contain(metricOf(fact).notes![pick].replace(/\s+/g, ' '));
      await expect(el).to.be.accessible();
    }
  });

  it('shows the figure as printed in full where the card rounds it', async () => {
    const fact = ds.data.facts.find((f) => f.id === 'jinhua-five-year.organisation.grassroots-unions')!;
    const rounded = await setup<UnionKpi>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    expect(text(part(rounded.shadowRoot!, 'value'))).to.not.contain(fact.quantity.text);
    expect(text(await openSource(rounded))).to.contain(`报告原文：${fact.quantity.text}`);
    const english = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang="en" notation="compact"></union-kpi>`);
    expect(text(await openSource(english))).to.not.contain('As printed');
    const full = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} notation="full"></union-kpi>`);
    expect(text(await openSource(full))).to.not.contain('报告原文');
  });

  it('says "As printed" in en where en rounds', async () => {
    const fact = ds.data.facts.find((f) => f.quantity.unit === 'person' && f.quantity.value > 1e6 && f.quantity.value % 1e4 !== 0)!;
    const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang="en"></union-kpi>`);
    const popover = text(await openSource(el));
    expect(popover).to.contain(`As printed: ${formatQuantity(fact.quantity, { locale: 'en', notation: 'full', noun: metricOf(fact).noun! })}`);
    expect(popover).to.contain(fact.quantity.text);
  });
});

describe('<union-figure> tells what the report says', () => {
  it('counts in the metric’s noun and shows its notes', async () => {
    const fact = ds.data.facts.find((f) => f.note && metricOf(f).noun)!;
    const el = await setup<UnionFigure>(html`<union-figure fact=${fact.id} lang="en"></union-figure>`);
    expect(text(part(el.shadowRoot!, 'figure'))).to.contain(fact.quantity.value === 1 ? metricOf(fact).noun!.one : pluralNoun(metricOf(fact).noun!));
    expect(text(await openSource(el))).to.contain(fact.note!.en);
  });
});

describe('<union-kpi-grid> cards that count a printed list', () => {
  it('cite the list’s heading in the report', async () => {
    const el = await setup<UnionKpiGrid>(html`<union-kpi-grid report="yiwu-2018-plenary"></union-kpi-grid>`);
    const rolls = ds.honorRolls({ report: 'yiwu-2018-plenary' });
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="roll-card"]')];
    expect(cards).to.have.length(rolls.length);
    for (const [i, card] of cards.entries()) {
      const popover = await openSource(el, card);
      expect(text(popover.querySelector('mark'))).to.equal(rolls[i]!.heading!.quote);
      expect(text(popover)).to.contain(`${rolls[i]!.entries.length}`);
      part(popover, 'source-close').click();
    }
    await expect(el).to.be.accessible();
  });

  it('are named by the award alone and leave out the issuer and year the grid states', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionKpiGrid>(html`<union-kpi-grid report="yiwu-2018-plenary" lang=${lang}></union-kpi-grid>`);
      const report = ds.report('yiwu-2018-plenary');
      const issuer = report.ok ? (lang === 'en' ? report.value.issuer.en : report.value.issuer.zh) : '';
      const rolls = ds.honorRolls({ report: 'yiwu-2018-plenary' });
      const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="roll-card"]')];
      expect(cards).to.have.length(rolls.length);
      for (const [i, card] of cards.entries()) {
        expect(card.getAttribute('aria-label')).to.equal(lang === 'en' ? rolls[i]!.award.en : rolls[i]!.award.zh);
        expect(text(card.querySelector('.roll-meta')), lang).not.to.contain(issuer);
        expect(text(card.querySelector('.roll-meta')), lang).not.to.contain(String(rolls[i]!.year));
      }
      expect(text(el.shadowRoot!.querySelector('[part="subheading"]'))).to.contain(issuer);
    }
  });
});
