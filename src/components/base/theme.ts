/** Values of the `theme` attribute; absent means: follow the page. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The attributes by which pages commonly say they are dark or light, read on the nearest
 * ancestor that has one: `data-theme` or `theme` set to `dark`/`light`, or a `dark`/`light`
 * class (Tailwind's and many CMS themes' convention).
 */
export const THEME_CONVENTION_ATTRIBUTES = ['data-theme', 'theme', 'class'] as const;

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The scheme the nearest ancestor's theme convention names, if any ancestor has one. */
export function themeConvention(element: Element): Theme | undefined {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const named = node.getAttribute('data-theme') ?? node.getAttribute('theme');
    if (named === 'dark' || named === 'light') return named;
    if (node.classList.contains('dark')) return 'dark';
    if (node.classList.contains('light')) return 'light';
  }
  return undefined;
}

/**
 * The scheme a widget without `theme` must set itself, or undefined when it inherits the
 * page's `color-scheme`. Inheriting is the rule, and CSS does it with no script: a page
 * that declares `color-scheme: dark` gets dark widgets, `light dark` follows the reader's
 * system, and an undeclared (`normal`) scheme resolves `light-dark()` to light. Only a
 * page that declares nothing but marks itself by convention needs the widget to choose;
 * its computed style is read in that case only, so plain pages pay no style recalculation.
 */
export function pageScheme(element: Element): Theme | undefined {
  const convention = themeConvention(element);
  if (!convention) return undefined;
  const parent = parentOf(element);
  const declared = parent ? getComputedStyle(parent).colorScheme : 'normal';
  return declared === 'normal' || declared === '' ? convention : undefined;
}

type ThemeListener = () => void;
const listeners = new Set<ThemeListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when the page may have switched scheme: a convention attribute changed
 * on any element, or the reader's system scheme changed. Returns an unsubscribe.
 */
export function onPageThemeChange(listener: ThemeListener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    const notify = () => listeners.forEach((l) => l());
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: [...THEME_CONVENTION_ATTRIBUTES], subtree: true });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', notify);
  }
  return () => listeners.delete(listener);
}
