import { css } from 'lit';

/**
 * The figure in running text, before its data: inline, in the page's text colour (it is
 * part of the page's sentence), a skeleton of its width, an inline error. The figure and
 * its marker's rules load with its view (figure-marker.styles.ts).
 */
export const figureStyles = css`
  :host {
    display: inline;
  }
  .frame {
    display: inline;
    color: inherit;
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
