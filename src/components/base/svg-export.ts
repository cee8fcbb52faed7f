import { approximateMeasure, wrapText } from './wrap-text.js';

/** What a downloaded drawing carries besides the marks. */
export interface ExportMeta {
  title: string;
  description: string;
  sourceLine: string;
  credit: string;
  /** A caveat drawn under the title, before the figures (口径不同). */
  note?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
const PAD = 16;
const TITLE_SIZE = 16;
const NOTE_SIZE = 12;

const PAINTS = new Set(['fill', 'stroke']);
const SRGB = /^(none|#[0-9a-f]{3,8}|rgba?\([^)]*\))$/i;
let probe: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour in sRGB notation. The tokens are oklch, and browsers compute them as
 * such; a downloaded file must open in any SVG reader (ImageMagick, librsvg, older editors
 * draw an unknown colour black or refuse the file). A canvas pixel does the conversion.
 */
function srgb(color: string): string {
  if (SRGB.test(color.trim()) || color.startsWith('url(')) return color;
  probe ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!probe) return color;
  probe.clearRect(0, 0, 1, 1);
  // A colour the canvas cannot read leaves the previous one: start from a sentinel, and keep
  // the colour as it was written rather than turn it black.
  probe.fillStyle = '#010203';
  probe.fillStyle = color;
  if (probe.fillStyle === '#010203' && !/^#010203$/i.test(color.trim())) return color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round((a! / 255) * 1000) / 1000})`;
}

/** Copies the computed style of every drawn element onto its clone; drops what is not drawn. */
function inlineStyles(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') {
    clone.remove();
    return;
  }
  // Presentation attributes, not a style attribute: a page's Content-Security-Policy may
  // forbid style attributes, never presentation attributes.
  for (const p of INLINED) clone.setAttribute(p, PAINTS.has(p) ? srgb(style.getPropertyValue(p)) : style.getPropertyValue(p));
  for (const name of ['class', 'style', 'tabindex', 'part', 'role', 'aria-label', 'aria-describedby', 'aria-haspopup', 'aria-roledescription', 'data-fact', 'data-unit']) clone.removeAttribute(name);
  const sources = [...source.children];
  const clones = [...clone.children];
  sources.forEach((child, i) => inlineStyles(child, clones[i]!));
}

/**
 * Ends the library's own animations on the drawing (the chart's fade-in), so that the
 * opacity written into the file is the one the chart rests at, not a frame of the way
 * there. Only ours (union-*): a page's own animation of a part it styles is the page's, and
 * keeps running. A pulse that never ends is left as it is.
 */
function settleAnimations(svg: SVGSVGElement, frame: Element): void {
  for (const animation of [...svg.getAnimations({ subtree: true }), ...frame.getAnimations()]) {
    if (!(animation instanceof CSSAnimation) || !animation.animationName.startsWith('union-')) continue;
    try {
      animation.finish();
    } catch {
      // An infinite animation (a skeleton's pulse) cannot finish.
    }
  }
}

function textLines(lines: string[], x: number, y: number, size: number, paint: string, weight = 400): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * size * 1.4}" font-size="${size}" font-weight="${weight}" ${paint}>${escapeXml(line)}</text>`)
    .join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A self-contained SVG file of a drawn chart: styles inline (no stylesheet, no custom
 * properties), on the widget's surface colour, with the title above and the source line and
 * credit below, inside the file, so that the picture keeps its provenance wherever it goes.
 */
export function standaloneSvg(svg: SVGSVGElement, host: Element, meta: ExportMeta): { markup: string; width: number; height: number } {
  settleAnimations(svg, host);
  const box = svg.viewBox.baseVal;
  const chartWidth = box && box.width > 0 ? box.width : svg.getBoundingClientRect().width;
  const width = chartWidth + 2 * PAD;
  const chartHeight = box && box.height > 0 ? box.height : svg.getBoundingClientRect().height;
  const hostStyle = getComputedStyle(host);
  const textStyle = `fill="${escapeXml(srgb(hostStyle.color))}" font-family="${escapeXml(hostStyle.fontFamily)}"`;
  const lineWidth = width - 2 * PAD;
  const title = wrapText(meta.title, lineWidth, approximateMeasure(TITLE_SIZE));
  const caveat = meta.note ? wrapText(meta.note, lineWidth, approximateMeasure(NOTE_SIZE)) : [];
  const notes = [meta.sourceLine, meta.credit].flatMap((t) => wrapText(t, lineWidth, approximateMeasure(NOTE_SIZE)));
  const caveatTop = PAD + title.length * TITLE_SIZE * 1.4;
  const top = caveatTop + caveat.length * NOTE_SIZE * 1.4 + (caveat.length > 0 ? PAD / 2 : 0);
  const height = top + chartHeight + PAD / 2 + notes.length * NOTE_SIZE * 1.4 + PAD;

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.querySelectorAll('title, desc').forEach((n) => n.remove());
  // Lit's markers are comments: a file has no use for them.
  const inner = new XMLSerializer().serializeToString(clone).replace(/<!--[^]*?-->/g, '');

  const markup =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml([meta.description, meta.note].filter(Boolean).join(' '))}</desc>` +
    `<rect width="100%" height="100%" fill="${hostStyle.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : srgb(hostStyle.backgroundColor)}"/>` +
    textLines(title, PAD, PAD + TITLE_SIZE, TITLE_SIZE, textStyle, 700) +
    textLines(caveat, PAD, caveatTop + NOTE_SIZE, NOTE_SIZE, textStyle) +
    inner +
    textLines(notes, PAD, top + chartHeight + PAD / 2 + NOTE_SIZE, NOTE_SIZE, textStyle) +
    `</svg>`;
  return { markup, width, height };
}
