import type { CSSResult } from 'lit';

/**
 * Adds styles to an element's shadow root after it was first rendered, for the parts of a
 * widget whose code loads on demand. Constructable sheets: allowed under a strict CSP.
 */
export function adoptStylesOnce(host: Element, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
