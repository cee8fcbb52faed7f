import { css } from 'lit';

/**
 * The error state, adopted by a widget the first time it shows one, with its two tokens
 * (the others are in tokens.styles.ts): no widget carries them before it has an error.
 */
export const problemStyles = css`
  .problem {
    --_error: var(--union-color-error, color-mix(in oklab, #e0301e 55%, var(--_text)));
    --_error-surface: var(--union-color-error-surface, color-mix(in oklab, var(--_error) 8%, var(--_surface)));
    padding: var(--_gap);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_error-surface);
    color: var(--_text);
  }
  .problem-title {
    margin: 0 0 0.25em;
    color: var(--_error);
    font-weight: 700;
  }
  .problem p,
  .problem ul {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .problem ul {
    padding-inline-start: 1.2em;
    font-size: 0.875em;
  }
`;
