import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import type { UnionKpiGrid } from '../../src/components/kpi-grid/union-kpi-grid.js';
import { captureWarnings, setup, shadowText } from './setup.js';

const ds = embeddedDataset();
const fact = ds.facts({ report: 'yiwu-2020', headline: true })[0]!;
const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]:not([aria-busy])') as HTMLElement | null;
const value = (el: Element) => el.shadowRoot!.querySelector('[part="value"]');

/** Collects errors that escape to the page while `run` runs. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent) => {
    escaped.push(event.message);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    escaped.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return escaped;
}

describe('a property set to what cannot become text', () => {
  for (const [what, make] of [
    ['a Symbol', () => Symbol('fact')],
    ['a prototype-less object', () => Object.create(null) as object],
  ] as const) {
    it(`${what} on fact shows the error state naming the property, with one warning, and no uncaught error`, async () => {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id} lang="en"></union-kpi>`);
      let escaped: string[] = [];
      const warnings = await captureWarnings(async () => {
        escaped = await uncaught(async () => {
          (el as unknown as { fact: unknown }).fact = make();
          await el.updateComplete.catch(() => undefined);
          await waitUntil(() => error(el), 'no error state', { timeout: 3000 });
        });
      });
      expect(escaped).to.deep.equal([]);
      expect(error(el)!.textContent).to.contain('Property “fact”');
      expect(warnings.filter((w) => w.includes('property "fact"'))).to.have.length(1);
      await expect(el).to.be.accessible();
      el.fact = fact.id;
      await waitUntil(() => value(el), 'a good value afterwards is shown again', { timeout: 3000 });
    });
  }

  it('a Symbol on a grid’s heading shows the error state in zh', async () => {
    const grid = await setup<UnionKpiGrid>(html`<union-kpi-grid report="yiwu-2020"></union-kpi-grid>`);
    const escaped = await uncaught(async () => {
      (grid as unknown as { heading: unknown }).heading = Symbol('heading');
      await grid.updateComplete.catch(() => undefined);
      await waitUntil(() => error(grid), 'no error state', { timeout: 3000 });
    });
    expect(escaped).to.deep.equal([]);
    expect(error(grid)!.textContent).to.contain('属性“heading”');
  });
});

describe('lang inside a host’s shadow root', () => {
  it('a change of lang on an ancestor inside a shadow root is seen', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'zh-CN';
    const kpi = document.createElement('union-kpi');
    kpi.setAttribute('fact', fact.id);
    section.append(kpi);
    root.append(section);
    await waitUntil(() => value(kpi), 'never rendered', { timeout: 5000 });
    expect(shadowText(kpi)).to.contain('来源');
    section.lang = 'en';
    await waitUntil(() => shadowText(kpi).includes('Source'), 'the widget still speaks zh', { timeout: 3000 });
  });
});

describe('a popover open when its widget re-renders into an error', () => {
  it('leaves no scroll or resize listener on window', async () => {
    let added: [string, EventListenerOrEventListenerObject][] = [];
    const addEventListener = window.addEventListener;
    const removeEventListener = window.removeEventListener;
    const watched = (type: string) => type === 'scroll' || type === 'resize';
    // Records the page's own listener calls; the listeners themselves run as they would.
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (watched(type)) added.push([type, listener]);
      return addEventListener.call(this, type, listener, options);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      if (watched(type)) added = added.filter(([t, l]) => t !== type || l !== listener);
      return removeEventListener.call(this, type, listener, options);
    } as typeof window.removeEventListener;
    try {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${fact.id}></union-kpi>`);
      (el.shadowRoot!.querySelector('[part="source-button"]') as HTMLElement).click();
      // The toggle event that starts the tracking comes a task after the popover opens.
      await waitUntil(() => added.length === 2, 'the open popover never tracked scroll and resize', { timeout: 3000 });
      el.fact = 'no-such-fact';
      await waitUntil(() => error(el), 'no error state', { timeout: 3000 });
      await el.updateComplete;
      expect(added.map(([type]) => type)).to.deep.equal([]);
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
  });
});
