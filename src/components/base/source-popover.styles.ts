import { css } from 'lit';

/** The source button and popover, adopted by a widget the first time it shows a source. */
export const sourcePopoverStyles = css`
  .source-button,
  .source-close {
    font: inherit;
    font-size: 0.8125em;
    color: var(--_accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0.05em 0.6em;
    cursor: pointer;
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
    font-size: 0.9375rem;
    line-height: 1.6;
    text-align: start;
  }
  .source-popover blockquote {
    margin: 0 0 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .source-popover mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 700;
  }
  .source-meta {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source-close {
    margin-top: 0.5em;
  }
`;
