import { css } from 'lit';

export const countyMapStyles = css`
  :host {
    min-height: 16rem;
    --_class-0: var(--union-color-class-0, light-dark(#c6dbef, #24507a));
    --_class-1: var(--union-color-class-1, light-dark(#7fb1d6, #3d78ad));
    --_class-2: var(--union-color-class-2, light-dark(#3a7fb8, #6fa6d9));
    --_class-3: var(--union-color-class-3, light-dark(#0b4f8a, #a9cdef));
    --_reporting: var(--union-color-reporting, light-dark(#c25e00, #f0a44b));
    --_land: var(--union-color-land, light-dark(#eef0f2, #2b3036));
  }
  .plot {
    position: relative;
    margin-top: 0.5rem;
  }
  .map {
    display: block;
    max-width: 100%;
    height: auto;
    color: var(--_text);
  }
  .county {
    fill: var(--_land);
    stroke: var(--_muted);
    stroke-width: 0.5;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    outline: none;
  }
  .county.reporting {
    fill: var(--_reporting);
  }
  .county.no-data {
    fill: url(#union-map-hatch);
  }
  .county.class-0 { fill: var(--_class-0); }
  .county.class-1 { fill: var(--_class-1); }
  .county.class-2 { fill: var(--_class-2); }
  .county.class-3 { fill: var(--_class-3); }
  .hatch-bg { fill: var(--_land); }
  .hatch-line { stroke: var(--_muted); stroke-width: 1; }
  .county:hover,
  .county.active {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .county:focus-visible,
  .county.selected {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .outline {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .prefecture {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.25;
    pointer-events: none;
  }
  .prefecture.reporting {
    stroke: var(--_reporting);
    stroke-width: 3;
  }
  .label {
    fill: var(--_text);
    font-size: 12px;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    pointer-events: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: max(12px, 0.8125em);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    width: 1rem;
    height: 0.75rem;
    border: 1px solid var(--_muted);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    /* Its own width, up to 16rem: not squeezed by the map's edge into breaking words. */
    width: max-content;
    max-width: min(16rem, 100%);
    overflow-wrap: normal;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
    font-size: max(12px, 0.8125em);
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .name {
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton-bar.heading {
    width: 40%;
    height: 1.25rem;
    margin-bottom: 1rem;
  }
  .skeleton-bar.map {
    height: 14rem;
  }
  .prefecture,
  .outline,
  .outline-halo {
    vector-effect: non-scaling-stroke;
  }
  .outline-halo {
    fill: none;
    stroke: none;
    stroke-width: 8;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /*
   * Forced colours leave two or three system colours: plain counties are Canvas, reporting
   * regions Highlight, the choropleth's classes lines of CanvasText closer together as the
   * class rises (the top class solid), "no data" the other way's hatch. No one colour
   * stands out against both Canvas and Highlight in every theme, so the focused region's
   * ring is two-tone: 4 px of CanvasText on an 8 px Canvas halo, wider than any border.
   */
  @media (forced-colors: active) {
    .county { fill: Canvas; stroke: CanvasText; }
    .county.reporting { fill: Highlight; }
    .county.class-0 { fill: url(#union-map-class-0); }
    .county.class-1 { fill: url(#union-map-class-1); }
    .county.class-2 { fill: url(#union-map-class-2); }
    .county.class-3 { fill: CanvasText; }
    .county.no-data { fill: url(#union-map-hatch); }
    .hatch-bg { fill: Canvas; }
    .hatch-line { stroke: CanvasText; fill: CanvasText; }
    .county:hover, .county.active { stroke: CanvasText; stroke-width: 2; }
    .county:focus-visible, .county.selected, .outline { stroke: CanvasText; stroke-width: 4; }
    .county.class-3.selected { stroke: Highlight; }
    .outline-halo { stroke: Canvas; }
    .prefecture { stroke: CanvasText; fill: none; }
    .prefecture.reporting { stroke: Highlight; stroke-width: 2; }
    .label { fill: CanvasText; stroke: Canvas; stroke-width: 5px; }
    .swatch { border-color: CanvasText; }
  }
`;
