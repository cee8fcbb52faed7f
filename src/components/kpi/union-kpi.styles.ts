import { css } from 'lit';

export const kpiStyles = css`
  :host {
    --_value-size: var(--union-kpi-value-size, 2rem);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    height: 100%;
    min-height: 8.5rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.size-s {
    --_value-size: var(--union-kpi-value-size, 1.5rem);
    min-height: 7rem;
  }
  .card.size-l {
    --_value-size: var(--union-kpi-value-size, 2.75rem);
    min-height: 10rem;
  }
  .label {
    color: var(--_muted);
    font-size: 0.9375em;
    line-height: 1.35;
    min-height: 1.35em;
  }
  .value {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .qualifier,
  .unit {
    font-size: 0.55em;
    font-weight: 600;
  }
  .qualifier {
    color: var(--_accent);
  }
  .meta {
    margin-top: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .skeleton-bar.label {
    width: 60%;
    height: 1.2em;
  }
  .skeleton-bar.value {
    width: 45%;
    height: calc(var(--_value-size) * 1.1);
  }
  .skeleton-bar.meta {
    width: 70%;
    height: 1.1em;
  }
`;
