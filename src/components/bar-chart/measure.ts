import { approximateMeasure, measureAround, type Measure } from '../base/wrap-text.js';

let context: CanvasRenderingContext2D | null | undefined;
// Setting a canvas's font parses it: done only when the font changes.
let contextFont = '';
// Widths by font, for the page: a hundred charts of the same labels measure each once.
const widths = new Map<string, Map<string, number>>();

/**
 * A measure of text in the given font family, so that labels wrap where the page's font
 * needs them to; an estimate where the family is not known yet or there is no canvas.
 *
 * A full-width character is 1 em in every CJK font, so only the runs between them (Latin
 * words, digits) go through the canvas. Measuring CJK text there is what cost: the canvas
 * looks up a fallback font for each new glyph, about 0.3 ms a call: 103 calls took 13–31
 * ms for one chart of Jinhua's honours, in the page of bench/bar-chart-bench.js with
 * CanvasRenderingContext2D.prototype.measureText wrapped to count and time them.
 */
export function measureText(fontFamily: string | undefined, fontSize: number): Measure {
  if (!fontFamily) return approximateMeasure(fontSize);
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return approximateMeasure(fontSize);
  const ctx = context;
  const font = `${fontSize}px ${fontFamily}`;
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  const known = cache;
  const run = (text: string): number => {
    let width = known.get(text);
    if (width === undefined) {
      if (contextFont !== font) ctx.font = contextFont = font;
      known.set(text, (width = ctx.measureText(text).width));
    }
    return width;
  };
  return (text) => measureAround(text, fontSize, run);
}
