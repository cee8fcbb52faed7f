import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './chart-host.js';
import type { TestChartHost } from './chart-host.js';

describe('ResizeController', () => {
  it('reads the width of the element, and follows its container', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:320px"><test-chart-host></test-chart-host></div>`);
    const el = box.querySelector<TestChartHost>('test-chart-host')!;
    el.style.display = 'block';
    await waitUntil(() => el.size.width === 320, 'the first width never came');
    const before = el.renders;
    box.style.width = '200px';
    await waitUntil(() => el.size.width === 200, 'the new width never came');
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(before);
  });

  it('does not update the host when the window resizes but the container does not', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:300px"><test-chart-host style="display:block"></test-chart-host></div>`);
    const el = box.querySelector<TestChartHost>('test-chart-host')!;
    await waitUntil(() => el.size.width === 300);
    // Let the observer's first notifications settle (a loaded machine may deliver the box
    // in more than one frame) before counting what the window's resize causes.
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    let settledRenders = -1;
    await waitUntil(async () => {
      await frames();
      await el.updateComplete;
      const same = el.renders === settledRenders;
      settledRenders = el.renders;
      return same;
    }, 'the host never stopped rendering');
    const before = el.renders;
    window.dispatchEvent(new Event('resize'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.renders).to.equal(before);
  });

  it('stops observing when the element leaves the page', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:300px"><test-chart-host style="display:block"></test-chart-host></div>`);
    const el = box.querySelector<TestChartHost>('test-chart-host')!;
    await waitUntil(() => el.size.width === 300);
    el.remove();
    box.style.width = '100px';
    box.append(document.createElement('span'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.size.width).to.equal(300);
  });
});
