import { css } from 'lit';

/** The chart menu: a list of buttons in the top layer. */
export const chartMenuStyles = css`
  .chart-menu {
    position: fixed;
    inset: auto;
    margin: 0;
    min-width: 12rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(12px, 0.875em);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .chart-menu:popover-open {
    display: flex;
    flex-direction: column;
  }
  .chart-menu [role='menuitem'] {
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .chart-menu [role='menuitem']:hover {
    background: var(--_skeleton);
  }
  .chart-menu [role='menuitem']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .menu-status:empty {
    display: none;
  }
  .menu-status {
    margin: 0.25rem 0 0;
    font-size: max(12px, 0.875em);
    color: var(--_muted);
  }
  .embed-code {
    width: 100%;
    min-height: 4rem;
    font-family: ui-monospace, monospace;
    font-size: max(12px, 0.75em);
  }
`;
