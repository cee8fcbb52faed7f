import { css } from 'lit';

/**
 * The KPI card's box and its skeleton: what the tag needs before its data. Sizes are in em
 * of the host's text, each with a 12 px floor. Line height and spacing are inherited, so a
 * reader's text-spacing overrides reach inside; only the big figure keeps a tight line
 * height of its own, so that a unit that wraps stays under its number. The skeleton's bars are one line
 * box of the text they stand for: no shift when data arrives. The rest of the card's rules
 * load with its view (kpi-card.styles.ts).
 */
export const kpiStyles = css`
  :host {
    margin-block: 0 1em;
  }
  .frame {
    height: 100%;
  }
  .card {
    --_value-size: var(--union-kpi-value-size, 2em);
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    height: 100%;
    min-height: 8.5em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .size-s {
    --_value-size: var(--union-kpi-value-size, 1.5em);
    min-height: 7em;
  }
  .size-l {
    --_value-size: var(--union-kpi-value-size, 2.75em);
    min-height: 10em;
  }
  .label {
    font-size: max(12px, 0.9375em);
  }
  .value {
    font-size: var(--_value-size);
    line-height: 1.15;
  }
  .meta {
    margin-top: auto;
    font-size: max(12px, 0.8125em);
  }
  .skeleton-bar.label {
    width: 60%;
    height: 1lh;
  }
  .skeleton-bar.value {
    width: 45%;
    height: 1lh;
  }
  .skeleton-bar.meta {
    width: 70%;
    height: max(24px, 1lh);
  }
`;
