import { css, unsafeCSS } from 'lit';
import { schemeColor, type Oklch } from './scheme-color.js';

/** The default colours, light and dark, in OKLCH (from #1f2430/#e8ebf1, #ffffff/#1b1f27, …). */
const palette = {
  text: [[0.2609, 0.0238, 267.1], [0.9395, 0.0087, 264.5]],
  surface: [[1, 0, 264.2], [0.2388, 0.0165, 264.2]],
  muted: [[0.4801, 0.0282, 262], [0.7617, 0.0219, 261.8]],
  border: [[0.8872, 0.0135, 262.4], [0.375, 0.0274, 265.4]],
  accent: [[0.5013, 0.1783, 28.7], [0.7594, 0.1435, 26.1]],
  mark: [[0.9557, 0.0743, 95.9], [0.4157, 0.0851, 92.8]],
  skeleton: [[0.9422, 0.0075, 260.7], [0.316, 0.0214, 262.5]],
  error: [[0.4616, 0.1749, 26.6], [0.8383, 0.0891, 26.8]],
  'error-surface': [[0.9757, 0.0118, 17.4], [0.2456, 0.0288, 19.3]],
} satisfies Record<string, [Oklch, Oklch]>;

type Token = keyof typeof palette;
const onSurface = (token: Token) => unsafeCSS(`var(--union-color-${token}, ${schemeColor('var(--_surface)', 'surface', ...palette[token])})`);
const defaultSurface = 'var(--union-color-surface, light-dark(#ffffff, #1b1f27))';

/**
 * The public `--union-*` tokens mapped onto private `--_*` properties, in one place.
 * The scheme comes from `color-scheme` (see theme.ts) through light-dark(); every token a
 * site leaves unset is derived from the ones it sets: text from the surface, the surface
 * from the text, and everything else from the surface (see scheme-color.ts).
 *
 * The host holds only tokens and inheritable defaults, which a page's user styles (text
 * spacing, line height) may override and pass in. Layout, colour and type live on the
 * inner `.frame`, out of reach of a page's global reset. Every text size has a 12 px floor
 * and is relative to the host's font size, not the root's (`html{font-size:62.5%}`).
 */
export const tokens = css`
  :host {
    --_text: var(--union-color-text, ${unsafeCSS(schemeColor(defaultSurface, 'surface', ...palette.text))});
    --_surface: var(--union-color-surface, ${unsafeCSS(schemeColor('var(--_text)', 'text', ...palette.surface))});
    --_muted: ${onSurface('muted')};
    --_border: ${onSurface('border')};
    --_accent: ${onSurface('accent')};
    --_mark: ${onSurface('mark')};
    --_skeleton: ${onSurface('skeleton')};
    --_error: ${onSurface('error')};
    --_error-surface: ${onSurface('error-surface')};
    --_radius: var(--union-radius, 8px);
    --_gap: var(--union-space, 0.75em);
    --_font: var(--union-font-family, inherit);
    display: block;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
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
  .frame[data-scheme='light'] {
    color-scheme: light;
  }
  .frame[data-scheme='dark'] {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
