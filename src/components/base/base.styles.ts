import { css } from 'lit';

/**
 * What every widget draws the same way before its data: the skeleton bars. Under forced
 * colours a background is painted over with the system's Canvas, so the bars also get a
 * border in a system colour and stay visible.
 */
export const baseStyles = css`
  .skeleton-bar {
    display: block;
    border-radius: 4px;
    background: var(--_skeleton);
    color: transparent;
  }
  @media (forced-colors: active) {
    .skeleton-bar {
      border: 1px solid GrayText;
    }
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
