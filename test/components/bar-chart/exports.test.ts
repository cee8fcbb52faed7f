import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';
import { exportThroughMenu, setup } from '../setup.js';

// The files the shipped chart writes through its own menu: its title, source line, credit
// and caveat, read from what it draws, not from a test host.
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const svgTexts = (markup: string) => [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? '');

async function decode(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = Object.assign(document.createElement('canvas'), { width: bitmap.width, height: bitmap.height });
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Pixels in a box that differ clearly from a white background. */
function ink(image: ImageData, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(image.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(image.width, box.x + box.width); x += 1) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 600) count += 1;
    }
  }
  return count;
}

describe('<union-bar-chart> exports, from the chart itself', () => {
  it('writes an SVG with its heading, its source line and the credit inside', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" theme="light"></union-bar-chart>`);
    const detail = await exportThroughMenu(el, 'svg');
    expect(detail.filename).to.equal('union-bar-chart-jinhua-five-year-honours.svg');
    const markup = await detail.blob.text();
    const texts = svgTexts(markup);
    const heading = q(el, '[part="heading"]').textContent!.trim();
    expect(texts).to.include(heading);
    expect(texts.some((t) => t.startsWith('来源：金华市总工会'))).to.equal(true);
    expect(texts.filter((t) => t === '制图：union-viz')).to.have.length(1);
    // Every bar's label and value is in the file.
    for (const value of el.shadowRoot!.querySelectorAll('.bar-row .value')) expect(texts).to.include(value.textContent);
    expect(markup).not.to.contain('<!--');
  });

  it('keeps the caveat of figures counted differently (口径不同) in the SVG, the PNG’s source and the embed code', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart metric="hardship-aid.amount" theme="light"></union-bar-chart>`);
    const note = q(el, '[part="note"]').textContent!.trim();
    expect(note).to.match(/^口径不同/);
    const markup = await (await exportThroughMenu(el, 'svg')).blob.text();
    const texts = svgTexts(markup);
    // Wrapped on several lines: the lines together say the note.
    const titleAt = texts.indexOf(q(el, '[part="heading"]').textContent!.trim());
    expect(texts.slice(titleAt + 1).join('')).to.contain(note.replace(/\s+/g, '').slice(0, 20));
    expect(new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('desc')!.textContent).to.contain('口径不同');
    const embed = await (await exportThroughMenu(el, 'embed')).blob.text();
    expect(embed).to.contain('metric="hardship-aid.amount"').and.contain('口径不同');
  });

  it('writes a PNG at twice the size, with ink where a Chinese label is', async () => {
    // A box of fixed width: a page scrollbar coming and going must not redraw the chart between the two files.
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 640px"><union-bar-chart report="jinhua-five-year" category="honours" theme="light"></union-bar-chart></div>`);
    const el = holder.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.mark'), 'the chart never drew');
    await document.fonts.ready;
    const svgFile = await (await exportThroughMenu(el, 'svg')).blob.text();
    const doc = new DOMParser().parseFromString(svgFile, 'image/svg+xml');
    const width = Number(doc.documentElement.getAttribute('width'));
    const inner = doc.querySelector('svg svg')!;
    const left = Number(inner.getAttribute('x'));
    const top = Number(inner.getAttribute('y'));
    const detail = await exportThroughMenu(el, 'png');
    expect(detail.filename).to.equal('union-bar-chart-jinhua-five-year-honours.png');
    const image = await decode(detail.blob);
    expect(image.width).to.equal(Math.round(width * 2));
    // The first label as the chart draws it: right-aligned at x, its baseline at y.
    const label = q(el, '.bar-row .label') as unknown as SVGTextElement;
    const box = label.getBBox();
    const at = { x: (left + box.x) * 2, y: (top + box.y) * 2, width: box.width * 2, height: box.height * 2 };
    expect(box.width).to.be.greaterThan(20);
    expect(ink(image, at), `ink where the label ${label.textContent} is`).to.be.greaterThan(100);
    expect(ink(image, { x: 0, y: 0, width: image.width, height: 8 }), 'no ink in the top margin').to.equal(0);
  });

  it('copies embed code that draws the same chart, with its fallback text', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" sort="value" lang="en"></union-bar-chart>`);
    const code = await (await exportThroughMenu(el, 'embed')).blob.text();
    const tag = new DOMParser().parseFromString(code, 'text/html').querySelector('union-bar-chart')!;
    expect(['report', 'category', 'sort', 'lang'].map((a) => tag.getAttribute(a))).to.deep.equal(['jinhua-five-year', 'honours', 'value', 'en']);
    expect(tag.textContent).to.contain(q(el, '[part="heading"]').textContent!.trim());
  });

  it('finishes its own fade-in for the file, and leaves a page’s animation of it running', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    const pages = svg.animate([{ transform: 'none' }, { transform: 'none' }], { duration: 60_000 });
    await exportThroughMenu(el, 'svg');
    expect(pages.playState).to.equal('running');
    const ours = svg.getAnimations().filter((a) => a instanceof CSSAnimation && a.animationName === 'union-fade');
    expect(ours.every((a) => a.playState === 'finished')).to.equal(true);
    pages.cancel();
  });

  it('keeps a heading set as a property in the embed code', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    el.heading = '金华五年荣誉';
    await el.updateComplete;
    const code = await (await exportThroughMenu(el, 'embed')).blob.text();
    expect(new DOMParser().parseFromString(code, 'text/html').querySelector('union-bar-chart')!.getAttribute('heading')).to.equal('金华五年荣誉');
  });
});
