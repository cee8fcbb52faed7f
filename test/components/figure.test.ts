import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { embeddedDataset } from '../../src/dataset/index.js';
import { formatQuantity, speakQuantity } from '../../src/format/index.js';
import type { UnionFigure } from '../../src/components/figure/union-figure.js';
import { captureWarnings, settled, setup } from './setup.js';

const fact = embeddedDataset().facts({ report: 'yiwu-2020', headline: true })[0]!;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('<union-figure>', () => {
  it('shows the figure inline in running text, in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionFigure>(html`<union-figure fact=${fact.id} lang=${locale}></union-figure>`);
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(part(el, 'figure').textContent!.replace(/\s+/g, '')).to.contain(formatQuantity(fact.quantity, { locale }).replace(/\s+/g, ''));
      expect(part(el, 'figure').textContent).to.contain(speakQuantity(fact.quantity, { locale }));
      await expect(el).to.be.accessible();
    }
  });

  it('opens the same source popover from its footnote marker, by keyboard', async () => {
    const el = await setup<UnionFigure>(html`<union-figure fact=${fact.id}></union-figure>`);
    const button = part(el, 'source-button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    const popover = part(el, 'source-popover');
    // The popover's content code loads on first open; the widget's update waits for it.
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.querySelector('mark')!.textContent).to.equal(fact.quantity.text);
    await sendKeys({ press: 'Escape' });
    await new Promise((r) => setTimeout(r, 50));
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('an unknown fact shows an inline error and warns', async () => {
    let el!: UnionFigure;
    const warnings = await captureWarnings(async () => {
      el = await setup<UnionFigure>(html`<union-figure fact="nope" lang="en"></union-figure>`);
    });
    expect(part(el, 'error').textContent).to.contain('No fact “nope”');
    expect(warnings.some((w) => w.includes('<union-figure>: attribute "fact"'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  for (const [theme, page] of [['light', 'background: #fff; color: #1f2430'], ['dark', 'background: #11141a; color: #e8ebf1']]) {
    it(`is accessible in running text on a ${theme} page`, async () => {
      const wrapper = await fixture<HTMLParagraphElement>(html`<p style=${page}>共 <union-figure fact=${fact.id} theme=${theme!}></union-figure> 名</p>`);
      const el = wrapper.querySelector('union-figure')!;
      await waitUntil(() => settled(el));
      await expect(wrapper).to.be.accessible();
    });
  }
});
