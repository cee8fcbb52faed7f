import { css } from 'lit';

const light = css`
  --_text: var(--union-color-text, #1f2430);
  --_muted: var(--union-color-muted, #555e6e);
  --_surface: var(--union-color-surface, #ffffff);
  --_border: var(--union-color-border, #d5dae3);
  --_accent: var(--union-color-accent, #b3261e);
  --_mark: var(--union-color-mark, #fff1b8);
  --_skeleton: var(--union-color-skeleton, #e9ecf1);
  --_error: var(--union-color-error, #a4161a);
  --_error-surface: var(--union-color-error-surface, #fff4f4);
`;

const dark = css`
  --_text: var(--union-color-text, #e8ebf1);
  --_muted: var(--union-color-muted, #aab2c0);
  --_surface: var(--union-color-surface, #1b1f27);
  --_border: var(--union-color-border, #3a4150);
  --_accent: var(--union-color-accent, #ff8a80);
  --_mark: var(--union-color-mark, #5c4a00);
  --_skeleton: var(--union-color-skeleton, #2c323d);
  --_error: var(--union-color-error, #ffb4ab);
  --_error-surface: var(--union-color-error-surface, #2d1b1b);
`;

/**
 * The public `--union-*` tokens mapped onto private `--_*` properties, in one place.
 * Dark follows `prefers-color-scheme` unless the widget has `theme="light"` or `"dark"`.
 * The host resets what aggressive page CSS could push through inheritance; the font
 * family is the page's, on purpose.
 */
export const tokens = css`
  :host {
    ${light}
    --_radius: var(--union-radius, 8px);
    --_gap: var(--union-space, 0.75rem);
    --_font: var(--union-font-family, inherit);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--union-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
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
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
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
