import { parentOf } from './page-attributes.js';

/** Values of the `theme` attribute; absent means: follow the page. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];


/**
 * The scheme named by the nearest ancestor that follows a convention for it: `data-theme`
 * or `theme` set to `dark`/`light`, or a `dark`/`light` class (Tailwind's and many CMS
 * themes' convention).
 */
export function themeConvention(element: Element): Theme | undefined {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    for (const named of [node.getAttribute('data-theme'), node.getAttribute('theme'), ...node.classList]) {
      if (named === 'dark' || named === 'light') return named;
    }
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
  // An ancestor named the convention, so there is a parent to read.
  const declared = convention && getComputedStyle(parentOf(element)!).colorScheme;
  return declared === 'normal' || declared === '' ? convention : undefined;
}
