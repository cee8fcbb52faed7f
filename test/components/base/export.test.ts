import { expect, fixture, html } from '@open-wc/testing';
import './chart-host.js';
import type { TestChartHost } from './chart-host.js';
import { standaloneSvg } from '../../../src/components/base/svg-export.js';
import { svgToPng } from '../../../src/components/base/png-export.js';

async function host(): Promise<TestChartHost> {
  const el = await fixture<TestChartHost>(html`<test-chart-host theme="light"></test-chart-host>`);
  await document.fonts.ready;
  return el;
}

async function decode(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How many pixels in a box differ clearly from the background (white). */
function ink(image: ImageData, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = Math.floor(box.y); y < box.y + box.height; y += 1) {
    for (let x = Math.floor(box.x); x < box.x + box.width; x += 1) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! + image.data[i + 1]! + image.data[i + 2]! < 600) count += 1;
    }
  }
  return count;
}

describe('standaloneSvg', () => {
  it('is self-contained: styles inline, title, source line and credit inside', async () => {
    const el = await host();
    const { markup } = standaloneSvg(el.exportSource().svg!, el.exportSource().frame!, el.exportSource().meta);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).to.equal('测试图表');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include.members(['测试图表', '来源：测试', '制图：union-viz', '全国劳动模范']);
    expect(markup).not.to.contain('var(');
    expect(markup).not.to.contain('class=');
    expect(markup).not.to.contain('style=');
    expect(root.querySelectorAll('.focus-ring, [tabindex]').length, 'focus rings and tab stops are left out').to.equal(0);
    const bar = root.querySelector('svg rect[height="24"]')!;
    expect(bar.getAttribute('fill')).to.equal('rgb(61, 90, 128)');
  });

  it('writes every colour in sRGB notation, which any SVG reader knows (not oklch or color())', async () => {
    // The tokens are oklch; ImageMagick, librsvg and older editors draw an unknown colour as
    // black or refuse the file. Read the real chart's export, text and bars alike.
    const el = await host();
    const { markup } = standaloneSvg(el.exportSource().svg!, el.exportSource().frame!, el.exportSource().meta);
    const colours = [...markup.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]!);
    expect(colours.length).to.be.greaterThan(5);
    const notSrgb = colours.filter((c) => !/^(none|#[0-9a-f]{6}|rgba?\([\d.,\s]+\))$/i.test(c));
    expect(notSrgb, 'colours not in sRGB notation').to.deep.equal([]);
  });
});

describe('svgToPng', () => {
  it('draws at twice the size, with ink where the Chinese labels are', async () => {
    const el = await host();
    const source = el.exportSource();
    const { markup, width, height } = standaloneSvg(source.svg!, source.frame!, source.meta);
    const png = await svgToPng(markup, width, height);
    expect(png.type).to.equal('image/png');
    const image = await decode(png);
    expect(image.width).to.equal(width * 2);
    expect(image.height).to.equal(Math.round(height * 2));
    // The first label stands at x 8..110, baseline 24 of the chart, which starts below the title.
    const chartTop = Number(new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('svg svg')!.getAttribute('y'));
    const chartLeft = Number(new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('svg svg')!.getAttribute('x'));
    const label = { x: (chartLeft + 8) * 2, y: (chartTop + 10) * 2, width: 90 * 2, height: 18 * 2 };
    expect(ink(image, label), 'ink where the label 全国劳动模范 is').to.be.greaterThan(150);
    const blank = { x: (chartLeft + 8) * 2, y: (chartTop + 2) * 2, width: 90 * 2, height: 6 * 2 };
    expect(ink(image, blank), 'no ink above it').to.be.lessThan(ink(image, label) / 10);
  });
});
