import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './chart-host.js';
import type { TestChartHost } from './chart-host.js';
import { contrast } from '../colors.js';

const marks = (el: TestChartHost) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];
const focused = (el: TestChartHost) => marks(el).indexOf(el.shadowRoot!.activeElement as SVGGElement);

async function tabIn(): Promise<TestChartHost> {
  const el = await fixture<TestChartHost>(html`<test-chart-host theme="light"></test-chart-host>`);
  await el.updateComplete;
  marks(el)[0]!.focus();
  return el;
}

describe('RovingFocusController', () => {
  it('gives the marks one tab stop', async () => {
    const el = await fixture<TestChartHost>(html`<test-chart-host></test-chart-host>`);
    expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
  });

  it('moves with the arrow keys, and jumps with Home and End', async () => {
    const el = await tabIn();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(2);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'stops at the last mark').to.equal(2);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'stops at the first mark').to.equal(0);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(2);
    await el.updateComplete;
    expect(marks(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
  });

  it('activates with Enter and dismisses with Esc', async () => {
    const el = await tabIn();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(el.activated).to.deep.equal([1]);
    await sendKeys({ press: 'Escape' });
    expect(el.dismissed).to.equal(1);
  });

  it('leaves keys alone when no mark has focus', async () => {
    const el = await fixture<TestChartHost>(html`<test-chart-host></test-chart-host>`);
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    el.shadowRoot!.querySelector('svg')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('shows a focus ring of at least 2px at 3:1 against the surface, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<TestChartHost>(html`<test-chart-host theme=${theme}></test-chart-host>`);
      const ring = el.shadowRoot!.querySelector<SVGRectElement>('.focus-ring')!;
      expect(getComputedStyle(ring).visibility).to.equal('hidden');
      marks(el)[0]!.focus();
      const style = getComputedStyle(ring);
      expect(style.visibility).to.equal('visible');
      expect(parseFloat(style.strokeWidth)).to.be.at.least(2);
      const surface = getComputedStyle(el.shadowRoot!.querySelector('figure')!).backgroundColor;
      expect(contrast(style.stroke, surface)).to.be.at.least(3);
    }
  });
});
