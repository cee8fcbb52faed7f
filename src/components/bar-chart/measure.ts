import { approximateMeasure, type Measure } from '../base/wrap-text.js';

let context: CanvasRenderingContext2D | null | undefined;

/**
 * A measure of text in the given font family, so that labels wrap where the page's font
 * needs them to; an estimate where the family is not known yet or there is no canvas.
 */
export function measureText(fontFamily: string | undefined, fontSize: number): Measure {
  if (!fontFamily) return approximateMeasure(fontSize);
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return approximateMeasure(fontSize);
  const ctx = context;
  const font = `${fontSize}px ${fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      ctx.font = font;
      cache.set(text, (width = ctx.measureText(text).width));
    }
    return width;
  };
}
