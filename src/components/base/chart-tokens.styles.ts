import { css } from 'lit';

/**
 * The tokens charts, maps and rolls add to the base ones: the focus ring, the plain mark
 * colour and one colour per honour level. The level colours are after Okabe and Ito's
 * colour-blind-safe palette (blue, vermilion, bluish green, reddish purple), darkened for a
 * light surface and lightened for a dark one, so that each keeps at least 3:1 against it.
 */
export const chartTokens = css`
  :host {
    --_focus: var(--union-color-focus, light-dark(#1a56db, #8ab4ff));
    --_bar: var(--union-color-bar, light-dark(#3d5a80, #9db8de));
    --_level-national: var(--union-color-level-national, light-dark(#0868a8, #56b4e9));
    --_level-provincial: var(--union-color-level-provincial, light-dark(#b84f00, #e69f00));
    --_level-prefecture: var(--union-color-level-prefecture, light-dark(#00795a, #2fc29a));
    --_level-county: var(--union-color-level-county, light-dark(#9a3f86, #e08fc4));
  }
`;

/** What every chart draws the same way: its buttons, the focus ring of its marks, its table. */
export const chartBaseStyles = css`
  .chart-button {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(12px, 0.875em);
    cursor: pointer;
  }
  .chart-button[aria-pressed='true'] {
    background: var(--_skeleton);
  }
  .chart-button:focus-visible,
  .source-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .mark {
    outline: none;
  }
  .mark .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
    visibility: hidden;
  }
  .mark:focus .focus-ring {
    visibility: visible;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Words break between words, never inside one ("craftsme n"): the box scrolls instead. */
  .data-table {
    width: 100%;
    border-collapse: collapse;
    font-size: max(12px, 0.875em);
    overflow-wrap: normal;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .data-table .table-context,
  .data-table .printed {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
  .data-table .printed {
    white-space: normal;
    font-size: max(12px, 0.9em);
  }
  .data-table th[scope='row'] {
    min-width: 7em;
  }
  .data-table .period,
  .data-table .region {
    white-space: nowrap;
  }
  .data-table th,
  .data-table td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .data-table .numeric {
    text-align: end;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .mark .focus-ring {
      stroke: Highlight;
    }
  }
`;
