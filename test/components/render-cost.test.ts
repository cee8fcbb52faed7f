import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import type { UnionKpiGrid } from '../../src/components/kpi-grid/union-kpi-grid.js';
import { settled, setup } from './setup.js';

// What the trace of 1,000 cards showed, each as a rule a card keeps (bench/kpi-bench.js --trace).
const fact = embeddedDataset().facts({ report: 'yiwu-2020', headline: true })[0]!;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('what a card costs the page', () => {
  it('renders once, with its data, when the data is at hand: no skeleton first', async () => {
    await setup<UnionKpi>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    const el = document.createElement('union-kpi');
    el.setAttribute('fact', fact.id);
    const shown: string[] = [];
    const watch = new MutationObserver(() => shown.push(el.shadowRoot!.querySelector('[aria-busy="true"]') ? 'skeleton' : 'card'));
    document.body.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => settled(el), 'never rendered');
    await (el as UnionKpi).updateComplete;
    watch.disconnect();
    el.remove();
    expect(shown).to.not.include('skeleton');
    expect(part(el, 'value')).to.not.equal(null);
  });

  it('the cards of a grid render once each: the grid has loaded their data', async () => {
    const proto = customElements.get('union-kpi')!.prototype as unknown as { renderSkeleton: (...args: unknown[]) => unknown };
    const original = proto.renderSkeleton;
    let skeletons = 0;
    proto.renderSkeleton = function (this: unknown, ...args: unknown[]) {
      skeletons += 1;
      return original.apply(this, args);
    };
    let cards: UnionKpi[] = [];
    try {
      const grid = await setup<UnionKpiGrid>(html`<union-kpi-grid report="jiande-2020"></union-kpi-grid>`);
      cards = [...grid.shadowRoot!.querySelectorAll('union-kpi')];
      await Promise.all(cards.map((card) => card.updateComplete));
    } finally {
      proto.renderSkeleton = original;
    }
    expect(cards.length).to.be.greaterThan(1);
    expect(cards.every((card) => part(card, 'value') !== null)).to.equal(true);
    expect(skeletons).to.equal(0);
  });

  it('draws the source popover only when it first opens', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    const popover = part(el, 'source-popover');
    expect(popover.children.length).to.equal(0);
    part(el, 'source-button').click();
    await new Promise((r) => setTimeout(r, 50));
    // The popover's content code loads on first open; the widget's update waits for it.
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.querySelector('mark')!.textContent).to.equal(fact.quantity.text);
    popover.hidePopover();
  });

  it('is no size container: the grid is, and a card needs none', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    expect(getComputedStyle(el).containerType).to.equal('normal');
  });

  it('runs at most one animation while it loads, and none in its first second', async () => {
    const el = await fixture<UnionKpi>(html`<union-kpi src="/test-data/dataset.json?delay=2500&key=pulse-${Date.now()}" fact=${fact.id}></union-kpi>`);
    await el.updateComplete;
    expect(settled(el)).to.equal(false);
    const animations = el.shadowRoot!.getAnimations();
    expect(animations.length).to.be.at.most(1);
    if (window.matchMedia('(prefers-reduced-motion: no-preference)').matches) {
      expect(animations.every((a) => Number((a.effect?.getTiming().delay as number) ?? 0) >= 1000)).to.equal(true);
    }
  });
});
