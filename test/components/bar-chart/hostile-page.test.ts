import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';

// The chart on a page that fights back: a global reset and a 320 px column (the strict CSP
// page is csp.test.ts, forced colours forced-colors.test.ts).
let pageStyle: HTMLStyleElement | undefined;
afterEach(() => pageStyle?.remove());

describe('<union-bar-chart> on a page that fights back', () => {
  it('under *{all:unset}, in a 320 px column: draws, labels above the bars, nothing wider than the column, the table in its box', async () => {
    pageStyle = Object.assign(document.createElement('style'), { textContent: '* { all: unset }' });
    document.head.append(pageStyle);
    const column = await fixture<HTMLDivElement>(html`<div style="display: block; width: 320px; overflow: auto"><union-bar-chart report="jinhua-five-year" category="honours" lang="en"></union-bar-chart></div>`);
    const el = column.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.mark'), 'the chart never drew', { timeout: 8000 });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.mark').length).to.be.greaterThan(5);
    // Narrow: the first label stands above its bar, not beside it.
    const row = root.querySelector('.bar-row')!;
    expect(row.querySelector('.label')!.getBoundingClientRect().bottom).to.be.at.most(row.querySelector('.bar')!.getBoundingClientRect().top + 1);
    expect(column.scrollWidth, 'the chart widens the column').to.be.at.most(320);
    root.querySelector<HTMLElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(column.scrollWidth, 'the table widens the column').to.be.at.most(320);
    expect(root.querySelector('.table-scroll')!.getBoundingClientRect().width).to.be.at.most(320);
  });
});
