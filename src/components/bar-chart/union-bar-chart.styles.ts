import { css } from 'lit';

export const barChartStyles = css`
  :host {
    min-height: 12rem;
  }
  .chart {
    display: block;
    max-width: 100%;
    height: auto;
    margin-top: 0.5rem;
    overflow: visible;
    color: var(--_text);
  }
  .label,
  .value,
  .group,
  .legend-label {
    fill: currentColor;
  }
  .group,
  .panel-title {
    font-weight: 600;
  }
  .period,
  .tick,
  .panel-title {
    fill: var(--_muted);
  }
  .tick {
    font-size: 12px;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .bar-row {
    cursor: pointer;
  }
  .fill-bar {
    --_fill: var(--_bar);
  }
  .fill-national {
    --_fill: var(--_level-national);
  }
  .fill-provincial {
    --_fill: var(--_level-provincial);
  }
  .fill-prefecture {
    --_fill: var(--_level-prefecture);
  }
  .fill-county {
    --_fill: var(--_level-county);
  }
  .bar {
    fill: var(--_fill);
  }
  .open-end {
    fill: none;
    stroke: var(--_fill);
    stroke-width: 1.5px;
    stroke-dasharray: 3 2;
  }
  /* One fade per chart, on the compositor: animating each bar's transform costs the main
     thread a frame per bar, and a page of charts pays it a thousand times. */
  @media (prefers-reduced-motion: no-preference) {
    .chart {
      animation: union-fade 0.3s ease-out;
    }
  }
  @keyframes union-fade {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .open-end,
    .axis {
      stroke: CanvasText;
    }
    .label,
    .value,
    .group,
    .legend-label,
    .period,
    .tick,
    .panel-title {
      fill: CanvasText;
    }
    /* Every level's swatch is CanvasText here: the group headings name the levels, and a
       legend of four identical swatches would say nothing. The open ends' entries stay. */
    .legend-entry.level {
      display: none;
    }
  }
  .skeleton-bar.heading {
    width: 40%;
    height: 1.25rem;
    margin-bottom: 1rem;
  }
  .skeleton-bar.row {
    height: 1.125rem;
    margin: 0.625rem 0;
    width: 90%;
  }
  .skeleton-bar.row:nth-of-type(odd) {
    width: 60%;
  }
`;
