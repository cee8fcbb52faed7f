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

const ATTRIBUTES = ['lang', 'data-theme', 'theme', 'class'];
const watched = new WeakSet<Node>();

function watch(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    const langChanged = records.some((record) => record.attributeName === 'lang');
    listeners.forEach((l) => l(langChanged));
  });
  observer.observe(root, { attributes: true, attributeFilter: ATTRIBUTES, subtree: true });
}

/**
 * Calls `listener` when an attribute a widget follows changes on any element of the page,
 * or of a shadow root that holds `element` (a document observer does not see into shadow
 * roots, and a host component may set `lang` inside its own): `lang`, or a theme convention
 * (`data-theme`, `theme`, `class`; see theme.ts). One observer serves every widget and both
 * concerns. Returns an unsubscribe. A change of `color-scheme` or of the system's scheme
 * needs no listener: the widgets inherit `color-scheme`, and light-dark() follows both.
 */
export function onPageAttributeChange(listener: PageListener, element?: Element): () => void {
  listeners.add(listener);
  // Called from connectedCallback only, so in a browser: no guard for server rendering.
  watch(document.documentElement);
  for (let root = element?.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
  return () => listeners.delete(listener);
}
