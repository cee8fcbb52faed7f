import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { embeddedDataset } from '../../src/dataset/index.js';
import { captureWarnings, settled } from './setup.js';
import { contrast, luminance, lowestContrast } from './colors.js';

const fact = embeddedDataset().facts({ report: 'yiwu-2020', headline: true })[0]!;
const card = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
/** Whether a card is drawn dark: its surface is darker than mid grey. */
const isDark = (el: Element) => luminance(getComputedStyle(card(el)).backgroundColor) < 0.2;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A page (a wrapper standing in for it) around one KPI, and the KPI once loaded. */
async function onPage(page: TemplateResult): Promise<{ page: HTMLElement; kpi: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(page);
  const kpi = wrapper.querySelector<HTMLElement>('union-kpi')!;
  await waitUntil(() => settled(kpi), 'never loaded', { timeout: 8000 });
  return { page: wrapper, kpi };
}

describe('theme: without `theme`, a widget follows the page, not the system', () => {
  for (const system of ['light', 'dark'] as const) {
    describe(`on a ${system} system`, () => {
      // Firefox driven over WebDriver BiDi cannot emulate the system scheme: there the
      // suite runs for the scheme the headless browser has, and is skipped for the other.
      before(async function () {
        await emulateMedia({ colorScheme: system }).catch(() => undefined);
        if (matchMedia('(prefers-color-scheme: dark)').matches !== (system === 'dark')) this.skip();
      });
      after(() => emulateMedia({ colorScheme: 'light' }).catch(() => undefined));

      it('a page that declares nothing gets light cards', async () => {
        const { kpi } = await onPage(html`<div><union-kpi fact=${fact.id}></union-kpi></div>`);
        expect(isDark(kpi)).to.equal(false);
      });

      it('a page that declares color-scheme: dark gets dark cards; light gets light ones', async () => {
        const { page, kpi } = await onPage(html`<div style="color-scheme: dark"><union-kpi fact=${fact.id}></union-kpi></div>`);
        expect(isDark(kpi)).to.equal(true);
        page.style.colorScheme = 'light';
        await nextFrame();
        expect(isDark(kpi)).to.equal(false);
      });

      it('a page that declares color-scheme: light dark follows the system', async () => {
        const { kpi } = await onPage(html`<div style="color-scheme: light dark"><union-kpi fact=${fact.id}></union-kpi></div>`);
        expect(isDark(kpi)).to.equal(system === 'dark');
      });

      for (const [convention, dark, light] of [
        ['data-theme', html`<div data-theme="dark"><union-kpi fact=${fact.id}></union-kpi></div>`, (p: HTMLElement) => p.setAttribute('data-theme', 'light')],
        ['theme', html`<div theme="dark"><union-kpi fact=${fact.id}></union-kpi></div>`, (p: HTMLElement) => p.setAttribute('theme', 'light')],
        ['class="dark"', html`<div class="dark"><union-kpi fact=${fact.id}></union-kpi></div>`, (p: HTMLElement) => p.classList.remove('dark')],
      ] as const) {
        it(`a page marked ${convention} on an ancestor gets dark cards, and light ones when it switches`, async () => {
          const { page, kpi } = await onPage(dark);
          expect(isDark(kpi)).to.equal(true);
          light(page);
          await nextFrame();
          await (kpi as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          expect(isDark(kpi)).to.equal(false);
        });
      }

      it('a declared color-scheme wins over a convention', async () => {
        const { kpi } = await onPage(html`<div style="color-scheme: light" data-theme="dark"><union-kpi fact=${fact.id}></union-kpi></div>`);
        expect(isDark(kpi)).to.equal(false);
      });

      it('`theme` wins over the page', async () => {
        const { kpi } = await onPage(html`<div style="color-scheme: light" class="dark"><union-kpi fact=${fact.id} theme="dark"></union-kpi></div>`);
        expect(isDark(kpi)).to.equal(true);
      });

      it('a grid on a white page draws its heading readable, and its cards light', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="background: #fff"><union-kpi-grid report="yiwu-2020"></union-kpi-grid></div>`);
        const grid = wrapper.querySelector('union-kpi-grid')!;
        await waitUntil(() => settled(grid) && [...grid.shadowRoot!.querySelectorAll('union-kpi')].every(settled), 'never loaded', { timeout: 8000 });
        const heading = grid.shadowRoot!.querySelector('[part="heading"]')!;
        expect(contrast(getComputedStyle(heading).color, '#fff')).to.be.at.least(4.5);
        expect(isDark(grid.shadowRoot!.querySelector('union-kpi')!)).to.equal(false);
        expect(lowestContrast(grid).ratio).to.be.at.least(4.5);
      });

      it('a grid on a page marked dark tells its cards, which then need not look', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div data-theme="dark"><union-kpi-grid report="yiwu-2020"></union-kpi-grid></div>`);
        const grid = wrapper.querySelector('union-kpi-grid')!;
        await waitUntil(() => settled(grid) && [...grid.shadowRoot!.querySelectorAll('union-kpi')].every(settled), 'never loaded', { timeout: 8000 });
        const kpis = [...grid.shadowRoot!.querySelectorAll('union-kpi')];
        expect(kpis.every((k) => k.getAttribute('theme') === 'dark' && isDark(k))).to.equal(true);
      });
    });
  }

  it('a bad `theme` warns once, naming the attribute, and follows the page', async () => {
    let kpi!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      ({ kpi } = await onPage(html`<div style="color-scheme: dark"><union-kpi fact=${fact.id} theme="sepia"></union-kpi></div>`));
    });
    expect(isDark(kpi)).to.equal(true);
    expect(warnings.filter((w) => w.includes('attribute "theme"'))).to.have.length(1);
  });
});
