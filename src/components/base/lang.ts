import { resolveLocale, type Locale } from '../../format/locale.js';

/** The `lang` of the nearest ancestor that has one, crossing shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

export type LangResolution = { locale: Locale; invalid?: string };

/**
 * The locale a widget speaks: its own `lang` when supported; an unsupported own `lang`
 * falls back to zh-CN and is reported. Without its own, the nearest ancestor's: Chinese
 * pages get zh-CN, other languages' pages get en, a page without `lang` gets zh-CN.
 */
export function resolveLang(own: string | null, element: Element): LangResolution {
  if (own !== null && own.trim() !== '') {
    const locale = resolveLocale(own);
    return locale ? { locale } : { locale: 'zh-CN', invalid: own };
  }
  const inherited = inheritedLang(element)?.trim();
  if (!inherited) return { locale: 'zh-CN' };
  return { locale: resolveLocale(inherited) ?? 'en' };
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;
const watched = new WeakSet<Node>();

function watch(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer ??= new MutationObserver(() => listeners.forEach((l) => l()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Calls `listener` whenever a `lang` attribute changes on the page, or in any shadow root
 * that holds `element` (a document observer does not see into shadow roots, and a host
 * component may set `lang` inside its own). Returns an unsubscribe.
 */
export function onPageLangChange(listener: LangListener, element?: Element): () => void {
  listeners.add(listener);
  if (typeof MutationObserver !== 'undefined') {
    watch(document.documentElement);
    for (let root = element?.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watch(root);
  }
  return () => listeners.delete(listener);
}
