const SVG_NS = 'http://www.w3.org/2000/svg';

function num(el: Element, name: string, fallback = 0): number {
  const value = parseFloat(el.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : fallback;
}

function paint(el: Element, name: 'fill' | 'stroke'): string | null {
  const value = el.getAttribute(name);
  return !value || value === 'none' || value === 'transparent' || value === 'rgba(0, 0, 0, 0)' ? null : value;
}

function dashes(el: Element): number[] {
  const value = el.getAttribute('stroke-dasharray');
  return !value || value === 'none' ? [] : value.split(/[\s,]+/).map(parseFloat).filter(Number.isFinite);
}

/** Fills, then strokes, the current path with the element's presentation attributes. */
function fillAndStroke(context: CanvasRenderingContext2D, el: Element, path?: Path2D): void {
  const fill = paint(el, 'fill');
  const fillOpacity = num(el, 'fill-opacity', 1);
  if (fill && fillOpacity > 0) {
    context.globalAlpha *= fillOpacity;
    context.fillStyle = fill;
    if (path) context.fill(path);
    else context.fill();
    context.globalAlpha /= fillOpacity;
  }
  const stroke = paint(el, 'stroke');
  const strokeWidth = num(el, 'stroke-width', 1);
  if (stroke && strokeWidth > 0) {
    const strokeOpacity = num(el, 'stroke-opacity', 1);
    context.globalAlpha *= strokeOpacity;
    context.strokeStyle = stroke;
    context.lineWidth = strokeWidth;
    context.setLineDash(dashes(el));
    if (path) context.stroke(path);
    else context.stroke();
    context.globalAlpha /= strokeOpacity;
  }
}

const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

function drawText(context: CanvasRenderingContext2D, el: Element): void {
  const size = num(el, 'font-size', 13);
  const weight = el.getAttribute('font-weight') ?? '400';
  context.font = `${weight} ${size}px ${el.getAttribute('font-family') ?? 'sans-serif'}`;
  context.textAlign = ALIGN[el.getAttribute('text-anchor') ?? 'start'] ?? 'left';
  context.textBaseline = 'alphabetic';
  const fill = paint(el, 'fill');
  if (!fill) return;
  context.fillStyle = fill;
  context.fillText(el.textContent ?? '', num(el, 'x'), num(el, 'y'));
}

/** Draws one element of a self-contained SVG, and its children, in user units. */
function drawElement(context: CanvasRenderingContext2D, el: Element): void {
  if (el.namespaceURI !== SVG_NS) return;
  const opacity = num(el, 'opacity', 1);
  if (opacity <= 0 || el.getAttribute('display') === 'none' || el.getAttribute('visibility') === 'hidden') return;
  context.save();
  context.globalAlpha *= opacity;
  switch (el.localName) {
    case 'svg': {
      // A nested drawing: placed at x, y, its viewBox scaled into width by height.
      context.translate(num(el, 'x'), num(el, 'y'));
      const box = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(parseFloat);
      if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
        context.scale(num(el, 'width', box[2]) / box[2]!, num(el, 'height', box[3]) / box[3]!);
        context.translate(-box[0]!, -box[1]!);
      }
      for (const child of el.children) drawElement(context, child);
      break;
    }
    case 'g':
      for (const child of el.children) drawElement(context, child);
      break;
    case 'rect': {
      const width = el.getAttribute('width') === '100%' ? context.canvas.width : num(el, 'width');
      const height = el.getAttribute('height') === '100%' ? context.canvas.height : num(el, 'height');
      if (width <= 0 || height <= 0) break;
      context.beginPath();
      const rx = num(el, 'rx', num(el, 'ry'));
      if (rx > 0 && context.roundRect) context.roundRect(num(el, 'x'), num(el, 'y'), width, height, rx);
      else context.rect(num(el, 'x'), num(el, 'y'), width, height);
      fillAndStroke(context, el);
      break;
    }
    case 'line':
      context.beginPath();
      context.moveTo(num(el, 'x1'), num(el, 'y1'));
      context.lineTo(num(el, 'x2'), num(el, 'y2'));
      fillAndStroke(context, el);
      break;
    case 'circle':
      context.beginPath();
      context.arc(num(el, 'cx'), num(el, 'cy'), num(el, 'r'), 0, 2 * Math.PI);
      fillAndStroke(context, el);
      break;
    case 'path':
      fillAndStroke(context, el, new Path2D(el.getAttribute('d') ?? ''));
      break;
    case 'text':
      drawText(context, el);
      break;
    default:
      // title, desc and anything not drawn
      break;
  }
  context.restore();
}

/**
 * A PNG of a self-contained SVG (presentation attributes inline, as `standaloneSvg` writes
 * it) at `scale` times its size: 2 by default, for sharp pictures on high-density screens
 * and in print. Each rect, line, path and text is drawn onto a canvas, never through an
 * image URL, so a page whose Content-Security-Policy forbids data: and blob: images still
 * gets its PNG, and the text is set in the page's own fonts, web fonts and CJK included.
 */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  if (doc.querySelector('parsererror')) throw new Error('the SVG to draw does not parse');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas context');
  // Text in the page's fonts: wait for those the page has asked for.
  await document.fonts?.ready;
  context.scale(canvas.width / width, canvas.height / height);
  // The root's width and height are the picture's; its own x, y do not apply.
  for (const child of doc.documentElement.children) drawElement(context, child);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}
