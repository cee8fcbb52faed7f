import { css } from 'lit';

export const figureStyles = css`
  :host {
    display: inline;
    color: inherit;
    font-size: inherit;
    line-height: inherit;
  }
  .figure {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .source-button {
    vertical-align: super;
    font-size: 0.7em;
    line-height: 1;
    padding: 0 0.35em;
    margin-inline-start: 0.15em;
  }
  .skeleton-bar {
    display: inline-block;
    width: 4em;
    height: 1em;
    vertical-align: -0.15em;
  }
  :host .problem {
    display: inline;
    padding: 0 0.25em;
  }
  .problem-title,
  .problem p {
    display: inline;
  }
  .problem ul {
    display: none;
  }
`;
