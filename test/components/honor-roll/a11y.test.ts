import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { UnionHonorRoll } from '../../../src/components/honor-roll/union-honor-roll.js';
import { captureWarnings } from '../setup.js';
import { one, roll } from './helpers.js';

const STATES: [string, (theme: string, lang: string) => TemplateResult][] = [
  ['cards', (t, l) => html`<union-honor-roll style="width: 1000px" theme=${t} lang=${l} report="yiwu-2018-plenary"></union-honor-roll>`],
  ['list', (t, l) => html`<union-honor-roll theme=${t} lang=${l} layout="list"></union-honor-roll>`],
  ['table', (t, l) => html`<union-honor-roll theme=${t} lang=${l} layout="table" level="national"></union-honor-roll>`],
  ['search with matches', (t, l) => html`<union-honor-roll theme=${t} lang=${l} query="义乌市"></union-honor-roll>`],
  ['projects', (t, l) => html`<union-honor-roll theme=${t} lang=${l} kind="project"></union-honor-roll>`],
  ['empty', (t, l) => html`<union-honor-roll theme=${t} lang=${l} query="没有这个人"></union-honor-roll>`],
];

describe('<union-honor-roll> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['zh-CN', 'en']) {
      for (const [state, template] of STATES) {
        it(`axe finds nothing: ${state}, ${theme}, ${lang}`, async () => {
          const el = await roll(template(theme, lang));
          await expect(el).to.be.accessible();
        });
      }

      it(`axe finds nothing with a source open, ${theme}, ${lang}`, async () => {
        const el = await roll(html`<union-honor-roll theme=${theme} lang=${lang} report="jinhua-five-year"></union-honor-roll>`);
        const popover = one(el, '[part="source-popover"]');
        one(el, '[part="source-button"]').click();
        await waitUntil(() => popover.matches(':popover-open'));
        await expect(el).to.be.accessible();
        popover.hidePopover();
      });

      it(`axe finds nothing while loading and in the error state, ${theme}, ${lang}`, async () => {
        const loading = await fixture<UnionHonorRoll>(html`<union-honor-roll theme=${theme} lang=${lang} src="/test-data/dataset.json?delay=2000&key=roll-a11y-${theme}-${lang}"></union-honor-roll>`);
        expect(loading.shadowRoot!.querySelector('[aria-busy="true"]')).not.to.equal(null);
        await expect(loading).to.be.accessible();
        await captureWarnings(async () => {
          const broken = await roll(html`<union-honor-roll theme=${theme} lang=${lang} level="global"></union-honor-roll>`);
          await expect(broken).to.be.accessible();
        });
      });
    }
  }

  it('two rolls on one page have distinct search and pager landmarks, each named after its roll', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <union-honor-roll report="yiwu-2018-plenary"></union-honor-roll>
      <union-honor-roll></union-honor-roll>
    </div>`);
    const rolls = [...page.querySelectorAll('union-honor-roll')];
    await waitUntil(() => rolls.every((r) => r.shadowRoot?.querySelector('form[role="search"]')));
    const labels = rolls.map((r) => r.shadowRoot!.querySelector('form[role="search"]')!.getAttribute('aria-label'));
    const headings = rolls.map((r) => r.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim());
    expect(labels[0]).to.include(headings[0]);
    expect(labels[1]).to.include(headings[1]);
    expect(labels[0]).not.to.equal(labels[1]);
    await expect(page).to.be.accessible();
  });
});
