import { css } from 'lit';

/**
 * The public `--union-*` tokens mapped onto private `--_*` properties, in one place.
 * Each colour is a light-dark() pair: the widget follows the reader's colour scheme unless
 * it has `theme="light"` or `"dark"`.
 * The host resets what aggressive page CSS could push through inheritance; the font
 * family is the page's, on purpose.
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_text: var(--union-color-text, light-dark(#1f2430, #e8ebf1));
    --_muted: var(--union-color-muted, light-dark(#555e6e, #aab2c0));
    --_surface: var(--union-color-surface, light-dark(#ffffff, #1b1f27));
    --_border: var(--union-color-border, light-dark(#d5dae3, #3a4150));
    --_accent: var(--union-color-accent, light-dark(#b3261e, #ff8a80));
    --_mark: var(--union-color-mark, light-dark(#fff1b8, #5c4a00));
    --_skeleton: var(--union-color-skeleton, light-dark(#e9ecf1, #2c323d));
    --_error: var(--union-color-error, light-dark(#a4161a, #ffb4ab));
    --_error-surface: var(--union-color-error-surface, light-dark(#fff4f4, #2d1b1b));
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
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
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
