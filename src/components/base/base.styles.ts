import { css } from 'lit';

/** What every widget draws the same way before its data: the skeleton bars. */
export const baseStyles = css`
  .skeleton-bar {
    display: block;
    border-radius: 4px;
    background: var(--_skeleton);
    color: transparent;
  }
  @media (prefers-reduced-motion: no-preference) {
    [aria-busy='true'] {
      animation: union-pulse 1.4s ease-in-out 1s infinite;
    }
  }
  @keyframes union-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
