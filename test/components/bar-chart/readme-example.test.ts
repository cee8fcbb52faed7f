import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-bar-chart.js';
import { settled } from '../setup.js';

/** The README's ```html blocks that show <union-bar-chart>, as written. */
async function barChartExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes('<union-bar-chart'));
}

describe('README: <union-bar-chart> example', () => {
  it('runs: every chart in it draws its bars, none shows an error', async () => {
    const [example] = await barChartExamples();
    expect(example).to.contain('<union-bar-chart');
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = example!;
    const charts = [...box.querySelectorAll('union-bar-chart')];
    expect(charts.length).to.equal(3);
    await waitUntil(() => charts.every(settled), 'a chart never settled', { timeout: 8000 });
    for (const chart of charts) {
      expect(chart.shadowRoot!.querySelector('[part="error"]'), chart.outerHTML).to.equal(null);
      expect(chart.shadowRoot!.querySelectorAll('.mark').length).to.be.greaterThan(0);
    }
  });
});
