import { expect } from '@open-wc/testing';
import { measureText } from '../../../src/components/bar-chart/measure.js';

// The chart's labels wrap on this measure: full-width characters are counted at 1 em and
// only the runs between them go through a canvas. It must agree with the canvas measuring
// the whole label in the page's font, or labels would wrap early or overflow.
const FAMILY = 'sans-serif';
const SIZE = 12;
const canvasWidth = (text: string, family = FAMILY) => {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${SIZE}px ${family}`;
  return ctx.measureText(text).width;
};

describe('measureText (the bar chart labels’ measure)', () => {
  const measure = measureText(FAMILY, SIZE);
  const labels = ['全国五一劳动奖章', '省级工匠（新时代浙江工匠）', '浙江Wuyi 2018年', '2019年以来', '“五一”劳动奖、工人先锋号'];

  for (const label of labels) {
    it(`measures “${label}” within 1 px per character run of the canvas`, () => {
      const runs = label.split(/[\u2e80-\ua4cf\uff00-\uff60]+/u).filter(Boolean).length + 1;
      expect(Math.abs(measure(label) - canvasWidth(label))).to.be.at.most(runs);
    });
  }

  it('counts a full-width character at 1 em without asking the canvas, which measures only the runs between', () => {
    const latin = canvasWidth('v2023', 'monospace');
    const asked: string[] = [];
    const original = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      asked.push(text);
      return original.call(this, text);
    };
    try {
      // A font of its own, so that no width is in the page's cache already.
      const fresh = measureText('monospace', SIZE);
      expect(fresh('工会')).to.equal(2 * SIZE);
      expect(fresh('工会v2023年')).to.equal(3 * SIZE + latin);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = original;
    }
    expect(asked).to.deep.equal(['v2023']);
  });

  it('gives a combining mark no width of its own', () => {
    expect(measure('か\u3099')).to.equal(SIZE);
  });

  it('falls back to the estimate when the font family is not known yet: 0.6 em a Latin letter', () => {
    expect(measureText(undefined, SIZE)('ab')).to.be.closeTo(2 * 0.6 * SIZE, 1e-9);
  });
});
