import { css } from 'lit';

export const kpiGridStyles = css`
  :host {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.25rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subheading {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.875em;
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
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-height: 8.5rem;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .roll-award,
  .roll-meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .roll-count {
    font-size: var(--union-kpi-value-size, 2rem);
    font-weight: 700;
    line-height: 1.15;
  }
  .roll-meta {
    margin-top: auto;
    font-size: 0.8125em;
  }
  .skeleton-bar.heading {
    width: 50%;
    height: 1.5em;
  }
  .skeleton-bar.card {
    height: 8.5rem;
    border-radius: var(--_radius);
  }
`;
