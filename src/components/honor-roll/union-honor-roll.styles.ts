import { css } from 'lit';

export const honorRollStyles = css`
  :host {
    min-height: 12rem;
  }
  .skeleton-bar.heading {
    width: 40%;
    height: 1.25rem;
    margin-bottom: 0.75rem;
  }
  .skeleton-bar.row {
    height: 1rem;
    margin-top: 0.5rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    margin: 0.75rem 0 0;
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  .filter.search {
    flex: 1 1 14rem;
  }
  .filter input,
  .filter select {
    min-height: 2rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(12px, 0.9375em);
  }
  .filter input:focus-visible,
  .filter select:focus-visible,
  .groups:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .filter select {
    max-width: 16rem;
  }
  .filter input::placeholder {
    color: var(--_muted);
  }
  .status {
    margin: 0.5rem 0 0;
    font-size: max(12px, 0.875em);
    color: var(--_muted);
  }
  .group {
    margin-top: 1rem;
  }
  .award {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    margin: 0;
    font-size: max(12px, 1em);
    font-weight: 600;
  }
  .award-zh {
    font-weight: 400;
    color: var(--_muted);
  }
  .level-badge,
  .kind-badge {
    display: inline-block;
    padding: 0 0.375rem;
    border-radius: 3px;
    font-size: max(12px, 0.75em);
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .level-badge {
    color: var(--_surface);
    background: var(--_level-county);
  }
  .level-badge.national {
    background: var(--_level-national);
  }
  .level-badge.provincial {
    background: var(--_level-provincial);
  }
  .level-badge.prefecture {
    background: var(--_level-prefecture);
  }
  .kind-badge {
    border: 1px solid currentColor;
    color: var(--_muted);
    font-weight: 400;
  }
  .award-meta,
  .award-source {
    margin: 0.125rem 0 0;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  .award-source,
  .print-line {
    display: none;
  }
  .entries {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .entries.list .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 0.5rem;
    padding: 0.375rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .entries.cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.5rem;
  }
  .entries.cards .entry {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.25rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .name {
    font-weight: 600;
  }
  .workplace {
    color: var(--_muted);
    font-size: max(12px, 0.875em);
  }
  .entries.list .source-button {
    margin-inline-start: auto;
  }
  mark {
    background: var(--_mark);
    color: var(--_text);
    border-radius: 2px;
  }
  .source-button {
    min-height: 1.75rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(12px, 0.8125em);
    cursor: pointer;
  }
  .entries-table {
    margin-top: 0.5rem;
  }
  .empty {
    margin-top: 1rem;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: 6px;
    text-align: center;
  }
  .empty p {
    margin: 0 0 0.5rem;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.75rem;
    margin-top: 1rem;
    font-size: max(12px, 0.875em);
  }
  .chart-button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .source {
    margin: 1em 0 0;
  }
  .groups {
    outline: none;
  }
  @media print {
    .filters,
    .toolbar,
    .pager,
    .source-button,
    .source-popover,
    .menu-status {
      display: none !important;
    }
    .frame {
      border: none;
      padding: 0;
    }
    .award-source,
    .print-line {
      display: block;
      font-size: max(12px, 0.75em);
      color: var(--_muted);
    }
    .award,
    .award-meta,
    .award-source {
      break-after: avoid;
    }
    .entries.cards {
      display: block;
    }
    .entries .entry,
    .entries.cards .entry {
      display: flex;
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5rem;
      padding: 0.25rem 0;
      border: none;
      border-bottom: 1px solid var(--_border);
      border-radius: 0;
      break-inside: avoid;
    }
    .level-badge {
      print-color-adjust: exact;
    }
  }
  @media (forced-colors: active) {
    .level-badge {
      border: 1px solid CanvasText;
    }
  }
`;
