import type { Decorator } from '@storybook/web-components';
import { html, unsafeCSS } from 'lit';

/**
 * Pages a widget may be pasted into, as story decorators. Each wraps the story in the page's
 * own CSS, so the CSS goes when the story does.
 */
const page =
  (css: string, theme = ''): Decorator =>
  (story) =>
    html`<style>
        ${unsafeCSS(css)}
      </style>
      <div class="story-page" data-theme=${theme}>${story()}</div>`;

/** A dark page that says so with `color-scheme: dark`, and no `theme` on the widget. */
export const declaredDarkPage = page('.story-page { color-scheme: dark; background: #11141a; color: #e8ebf1; padding: 1rem }');

/** A dark page that says so only by convention: `data-theme="dark"` on an ancestor. */
export const conventionDarkPage = page('.story-page { background: #11141a; color: #e8ebf1; padding: 1rem }', 'dark');

/** A light page viewed on a dark system: no color-scheme declared, so widgets stay light. */
export const plainLightPage = page('.story-page { background: #fff; color: #111; padding: 1rem }');

/** A page that fights back: a global reset, a 62.5% root, transitions on everything. */
export const hostilePage = page(`* { all: unset } style, script { display: none !important }
  html { font-size: 62.5% } * { transition: all 9s }`);

/** A site that overrides only some colour tokens, on a dark page. */
export const partialTokensPage = page(`.story-page { color-scheme: dark; background: #11141a; color: #e8ebf1; padding: 1rem }
  union-kpi, union-kpi-grid, union-figure { --union-color-text: #222; --union-color-muted: #555 }`);

/** The WCAG 1.4.12 text-spacing overrides, as a reader's bookmarklet applies them. */
export const textSpacingPage = page(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
  p { margin-bottom: 2em !important }`);
