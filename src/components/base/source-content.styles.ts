import { css } from 'lit';

/**
 * What a source popover holds: the quote with its figure marked, the report and the close
 * line. Adopted with the popover's content code, the first time a popover opens.
 */
export const sourceContentStyles = css`
  .source-popover blockquote {
    margin: 0 0 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    unicode-bidi: isolate;
  }
  .source-popover mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 700;
    text-decoration: underline 2px;
    text-underline-offset: 0.2em;
    unicode-bidi: isolate;
  }
  .source-popover cite {
    font-style: normal;
    unicode-bidi: isolate;
  }
  .source-meta,
  .source-actions {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: max(12px, 0.875em);
  }
  .source-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.5em 0 0;
  }
`;
