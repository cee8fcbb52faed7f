const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attributes an embed never copies: state of this page, not of the chart. */
const PAGE_ONLY = new Set(['class', 'style', 'id', 'tabindex']);

/**
 * The HTML that embeds `element` elsewhere: its tag with its attributes, and the fallback
 * text a page shows when scripts are stripped or have not run yet.
 *
 * @example embedCode(chart, '金华市五年荣誉：全国劳动模范 8人…')
 * // '<union-bar-chart report="jinhua-five-year" category="honours">金华市五年荣誉：…</union-bar-chart>'
 */
export function embedCode(element: Element, fallback: string): string {
  const attributes = [...element.attributes]
    .filter((a) => !PAGE_ONLY.has(a.name) && !a.name.startsWith('data-'))
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(a.value)}"`))
    .join('');
  const tag = element.localName;
  return `<${tag}${attributes}>${escapeText(fallback)}</${tag}>`;
}
