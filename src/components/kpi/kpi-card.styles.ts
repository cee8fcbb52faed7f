import { css } from 'lit';

/**
 * The KPI card's text, adopted with the card's view the first time it draws its data.
 * Figures are bidi-isolated: a control character in data cannot reorder them.
 */
export const kpiCardStyles = css`
  .label {
    color: var(--_muted);
    min-height: 1.35em;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .qualifier,
  .unit {
    font-size: max(12px, 0.55em);
    font-weight: 600;
  }
  .qualifier {
    color: var(--_accent);
  }
  .number,
  .qualifier,
  .unit {
    unicode-bidi: isolate;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    color: var(--_muted);
  }
`;
