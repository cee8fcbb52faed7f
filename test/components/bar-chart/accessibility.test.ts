import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';
import { setup } from '../setup.js';

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Every state a reader can bring the chart into, in each theme and language. */
const states: [string, (el: UnionBarChart) => Promise<void>][] = [
  ['drawn', async () => undefined],
  ['with a bar focused', async (el) => q(el, '.mark').focus()],
  ['with its source open', async (el) => {
    q(el, '.mark').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => q(el, '[part="source-popover"]').matches(':popover-open'));
    // Its content's code loads on first open; the chart's update waits for it.
    await el.updateComplete;
  }],
  ['with its menu open', async (el) => {
    q(el, '[part="menu-button"]').click();
    await waitUntil(() => q(el, '[part="menu"]').matches(':popover-open'));
  }],
  ['as a table', async (el) => {
    q(el, '[part="table-toggle"]').click();
    await el.updateComplete;
  }],
];

describe('<union-bar-chart> accessibility in every state', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['zh-CN', 'en']) {
      for (const [name, enter] of states) {
        it(`axe finds nothing: ${theme}, ${lang}, ${name}`, async () => {
          const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" group="level" theme=${theme} lang=${lang}></union-bar-chart>`);
          await enter(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('axe finds nothing across reports, with the comparability note', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart metric="hardship-aid.amount" theme="dark" lang="en"></union-bar-chart>`);
    expect(q(el, '[part="note"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`axe finds nothing while loading (${theme})`, async () => {
      const el = document.createElement('union-bar-chart');
      el.setAttribute('src', `/test-data/dataset.json?delay=3000&key=a11y-loading-${theme}`);
      el.setAttribute('report', 'jinhua-five-year');
      el.setAttribute('theme', theme);
      document.body.append(el);
      await (el as UnionBarChart).updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
      el.remove();
    });

    it(`axe finds nothing in the error state (${theme})`, async () => {
      const el = await setup<UnionBarChart>(html`<union-bar-chart report="nowhere-2020" theme=${theme} lang="en"></union-bar-chart>`);
      expect(q(el, '[part="error"]').textContent).to.contain('nowhere-2020');
      await expect(el).to.be.accessible();
    });
  }
});
