/** The parent element, crossing out of a shadow root to its host. */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Called with whether a `lang` changed (else a theme convention did). */
type PageListener = (langChanged: boolean) => void;
const listeners = new Set<PageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when an attribute a widget follows changes on any element of the page:
 * `lang`, or a theme convention (`data-theme`, `theme`, `class`; see theme.ts). One observer
 * serves every widget and both concerns. Returns an unsubscribe. A change of `color-scheme`
 * or of the system's scheme needs no listener: the widgets inherit `color-scheme`, and
 * light-dark() follows both at once.
 */
export function onPageAttributeChange(listener: PageListener): () => void {
  listeners.add(listener);
  // Called from connectedCallback only, so in a browser: no guard for server rendering.
  if (!observer) {
    observer = new MutationObserver((records) => {
      const langChanged = records.some((record) => record.attributeName === 'lang');
      listeners.forEach((l) => l(langChanged));
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'data-theme', 'theme', 'class'], subtree: true });
  }
  return () => listeners.delete(listener);
}
