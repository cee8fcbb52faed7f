import { css } from 'lit';

/**
 * The source button and the popover's box, adopted by a widget the first time it shows a
 * source (what the popover holds is styled by source-content.styles.ts, loaded on first open), and
 * the screen-reader-only text that every view with a source uses (its figure as spoken,
 * the button's description): none of it is needed before the data.
 * Each button is at least 24 × 24 px and answers a pointer over 44 × 44 px through an
 * invisible hit area that takes no room in the layout.
 */
export const sourcePopoverStyles = css`
  .source-button,
  .source-close {
    position: relative;
    min-block-size: 24px;
    min-inline-size: 24px;
    font: inherit;
    font-size: max(12px, 1em);
    line-height: 1.2;
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0.05em 0.6em;
    cursor: pointer;
  }
  .source-button::after,
  .source-close::after {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    inline-size: max(100%, 44px);
    block-size: max(100%, 44px);
    transform: translate(-50%, -50%);
  }
  .source-button:focus-visible,
  .source-close:focus-visible,
  .source-popover:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .source-popover {
    position: fixed;
    inset: auto;
    margin: 0;
    width: max-content;
    max-width: min(28rem, calc(100vw - 16px));
    max-height: calc(100vh - 16px);
    overflow: auto;
    padding: var(--_gap);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
    font-family: var(--_font);
    font-size: max(12px, 1.15em);
    text-align: start;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
