import { css } from 'lit';

/**
 * The figure and its source marker, adopted with the figure's view. The marker is a
 * footnote mark: small, raised by relative positioning rather than `vertical-align`, with
 * no border and no line height of its own, so it never opens up the line it sits in
 * (Chinese lines stay evenly spaced). Its invisible hit area is still 24 × 24 px. Its accent
 * is mixed from the page's text colour. Rules start with `.frame` to rank above the source
 * popover's own, whatever order the two sheets are adopted in.
 */
export const figureMarkerStyles = css`
  .frame .figure {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
  }
  .frame .source-button {
    color: var(--union-color-accent, color-mix(in oklab, #e0301e 62%, currentColor));
    min-block-size: 0;
    min-inline-size: 0;
    position: relative;
    inset-block-start: -0.5em;
    margin-inline-start: 0.1em;
    padding: 0;
    border: 0;
    border-radius: 0;
    font-size: max(12px, 0.7em);
    line-height: 1;
    vertical-align: baseline;
  }
  .frame .source-button::after {
    inline-size: max(100%, 24px);
    block-size: max(100%, 24px);
  }
  .frame .source-popover {
    font-size: max(12px, 0.9375em);
  }
`;
