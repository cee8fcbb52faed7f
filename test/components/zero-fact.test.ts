import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../src/components/bar-chart/union-bar-chart.js';
import { embeddedDataset, factNoun, figureSpan } from '../../src/dataset/index.js';
import { formatQuantity } from '../../src/format/index.js';
import { openSource, setup } from './setup.js';

/**
 * A zero stated in words (未出现一起…) is a fact with value 0: every widget draws it as a
 * figure like any other, with its label, its value and its source, the words marked.
 */
const ds = embeddedDataset();
const ZERO = 'yiwu-2020.rights.dispute-unrest-incidents';

function zeroFact() {
  const found = ds.fact(ZERO);
  if (!found.ok) throw new Error(`${ZERO} is not in the dataset`);
  return found.value;
}

describe('a zero stated in words', () => {
  it('is a fact with value 0, its text as printed', () => {
    const fact = zeroFact();
    expect([fact.quantity.value, fact.quantity.unit, fact.quantity.text]).to.deep.equal([0, 'case', '未出现一起']);
    const span = figureSpan(fact);
    expect(fact.source.quote.slice(span.start, span.end)).to.equal('未出现一起');
  });

  it('shows as 0 on a KPI card, with its source', async () => {
    const fact = zeroFact();
    const el = await setup<HTMLElement>(html`<union-kpi fact=${ZERO}></union-kpi>`);
    // What is drawn (the spoken form beside it is visually hidden).
    const value = el.shadowRoot!.querySelector('[part="value"] [aria-hidden="true"]')!.textContent!.replace(/\s+/g, '');
    const metric = ds.metric(fact.metric);
    const noun = factNoun(fact, metric.ok ? metric.value : undefined);
    expect(value).to.equal(formatQuantity(fact.quantity, { locale: 'zh-CN', ...(noun ? { noun } : {}) }).replace(/\s+/g, ''));
    expect(value).to.match(/^0/);
    const popover = await openSource(el);
    expect(popover.querySelector('mark')!.textContent).to.equal('未出现一起');
  });

  it('draws as a zero-length bar that keeps its label, its value and its source', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="yiwu-2020" metrics="rights.dispute-unrest-incidents,rights.idle-firms-checked"></union-bar-chart>`);
    const row = el.shadowRoot!.querySelector(`.bar-row[data-fact="${ZERO}"]`)!;
    expect(row, 'the zero bar’s row').to.exist;
    expect(row.querySelector('.bar')!.getAttribute('width')).to.equal('0');
    expect(row.querySelector('.label')!.textContent).to.equal('劳资纠纷引发的不稳定事件');
    expect(row.querySelector('.value')!.textContent).to.match(/^0/);
    expect(row.querySelector('.mark')!.getAttribute('aria-label')).to.contain(row.querySelector('.value')!.textContent!);
    // The row is as tall as any other, so there is something to click and to focus.
    expect(row.querySelector('.focus-ring')!.getBoundingClientRect().height).to.be.above(10);
    row.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const popover = el.shadowRoot!.querySelector<HTMLElement>('[part="source-popover"]')!;
    await waitUntil(() => popover.matches(':popover-open'), 'the zero bar’s source never opened');
    await el.updateComplete;
    expect(popover.querySelector('mark')!.textContent).to.equal('未出现一起');
    popover.hidePopover();
  });
});
