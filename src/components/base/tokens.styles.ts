import { css } from 'lit';

/**
 * The public `--union-*` tokens mapped onto private `--_*` properties, in one place; the
 * error state's two (`--union-color-error`, `--union-color-error-surface`) load with it, in
 * problem.styles.ts.
 *
 * The scheme comes from `color-scheme` (see theme.ts) through light-dark(). Every token a
 * site leaves unset follows from the ones it sets, so text stays readable whichever it
 * overrides: the surface follows the text (dark text brings a light surface: a steep
 * clamp at OKLCH lightness 0.6 picks the light or the dark surface), the text follows
 * the surface the same way, and every other colour is a mix of the text, the surface and a
 * hue, so it sits right on whatever surface results. A site that sets only
 * `--union-color-text: #222` on a dark page gets light cards, not dark text on dark cards.
 *
 * The host holds only tokens and inheritable defaults, which a page's user styles (text
 * spacing, line height) may override and pass in; letter and word spacing are not reset
 * at all, so a reader's own stylesheet reaches inside even without !important. Layout, colour and type live on the
 * inner `.frame`, out of reach of a page's global reset. Every text size has a 12 px floor
 * and is relative to the host's font size, not the root's (`html{font-size:62.5%}`).
 */
export const tokens = css`
  :host {
    --_text: var(--union-color-text, oklch(from var(--union-color-surface, light-dark(#fff, #1b1f27)) clamp(0.26, (0.6 - l) * 999, 0.94) 0.02 266));
    --_surface: var(--union-color-surface, oklch(from var(--_text) clamp(0.24, (0.6 - l) * 999, 1) clamp(0, (l - 0.6) * 999, 0.017) 264));
    --_muted: var(--union-color-muted, color-mix(in oklab, var(--_text) 72%, var(--_surface)));
    --_border: var(--union-color-border, color-mix(in oklab, var(--_text) 20%, var(--_surface)));
    --_skeleton: var(--union-color-skeleton, color-mix(in oklab, var(--_text) 9%, var(--_surface)));
    --_accent: var(--union-color-accent, color-mix(in oklab, #e0301e 62%, var(--_text)));
    --_mark: var(--union-color-mark, color-mix(in oklab, #ffd400 40%, var(--_surface)));
    --_radius: var(--union-radius, 8px);
    --_gap: var(--union-space, 0.75em);
    --_font: var(--union-font-family, inherit);
    display: block;
    line-height: 1.45;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--union-font-size, max(12px, 1em));
    font-style: normal;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  [data-scheme=light] {
    color-scheme: light;
  }
  [data-scheme=dark] {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
