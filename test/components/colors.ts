/** Colour measurement for tests: what the browser computed, turned into sRGB through a canvas. */
const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** The sRGB bytes and alpha (0–1) of any CSS colour the browser can compute (rgb, oklch, …). */
export function rgba(color: string): [number, number, number, number] {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG relative luminance. */
export function luminance(color: string): number {
  const [r, g, b] = rgba(color).map((v, i) => (i < 3 ? v / 255 : v)).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** A colour with alpha drawn over an opaque one, as the browser composites text. */
function over(fg: string, bg: string): string {
  const [r, g, b, a] = rgba(fg);
  const under = rgba(bg);
  const mix = (i: number) => Math.round([r, g, b][i]! * a + under[i]! * (1 - a));
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** WCAG contrast ratio of a text colour (composited if translucent) against its background. */
export function contrast(text: string, background: string): number {
  const [la, lb] = [luminance(over(text, background)), luminance(background)].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}

/** The parent element, crossing shadow roots and leaving a top-layer popover for its DOM parent. */
function parentOf(el: Element): Element | null {
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

/** The background an element's text is drawn on: the nearest opaque background up the tree, else white. */
export function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (rgba(bg)[3] > 0.5) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** Every element in a widget's shadow tree (and its cards' trees) that draws text of its own. */
export function textElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (scope: ShadowRoot | Element) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!ownText || el.closest('.visually-hidden, [popover]:not(:popover-open)')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) found.push(el);
    }
  };
  visit(root);
  return found;
}

/** The lowest contrast of any visible text in a widget against what it is drawn on, with the element. */
export function lowestContrast(widget: Element): { ratio: number; where: string } {
  let lowest = { ratio: 21, where: '' };
  for (const el of textElements(widget.shadowRoot!)) {
    const style = getComputedStyle(el);
    const ratio = contrast(style.color, backgroundOf(el));
    if (ratio < lowest.ratio) lowest = { ratio, where: `${el.className || el.localName} “${el.textContent!.trim().slice(0, 20)}” ${style.color} on ${backgroundOf(el)}` };
  }
  return lowest;
}
