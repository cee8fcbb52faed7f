import { css } from 'lit';

/**
 * The grid. Its container query is on its own frame, not on the host nor on each card, so a
 * page's reset cannot take it away and one container serves every card. The heading and
 * subheading are drawn on the page, not on a surface of the widget's: a grid that follows
 * the page takes the page's own text colour for them, readable on whatever the page is and
 * whatever tokens a site sets; a grid given a scheme (`theme`, or a page's convention)
 * draws them in that scheme's text colour.
 */
export const kpiGridStyles = css`
  .frame {
    container-type: inline-size;
  }
  .frame:not([data-scheme]) {
    color: inherit;
  }
  .heading {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    font-weight: 700;
  }
  .subheading {
    margin: 0 0 var(--_gap);
    color: color-mix(in srgb, currentColor 75%, transparent);
    font-size: max(12px, 0.875em);
  }
  .heading,
  .subheading,
  .roll-award,
  .roll-meta {
    unicode-bidi: isolate;
  }
  .grid {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: grid;
    min-width: 0;
  }
  .grid union-kpi {
    margin: 0;
  }
  @container (min-width: 30rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 46rem) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 64rem) {
    .grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .roll-card {
    color: var(--_text);
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-height: 8.5em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .roll-award,
  .roll-meta {
    color: var(--_muted);
    font-size: max(12px, 0.9375em);
  }
  .roll-count {
    font-size: var(--union-kpi-value-size, 2em);
    font-weight: 700;
  }
  /* The noun smaller than the number, as on a KPI card beside it. */
  .roll-count .unit {
    font-size: max(12px, 0.55em);
    font-weight: 600;
  }
  .roll-meta {
    margin-top: auto;
    font-size: max(12px, 0.8125em);
  }
  .skeleton-bar.heading {
    width: 50%;
    height: 1.5em;
  }
  .skeleton-bar.card {
    height: 8.5em;
    border-radius: var(--_radius);
  }
`;
