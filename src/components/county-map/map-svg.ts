import { html, noChange, nothing, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { ProjectedMap } from './projection.js';

/** How each county of the drawing looks and reads, and what it does. */
export interface MapMarks {
  title: string;
  keysId: string;
  /** The county's CSS classes: reporting, class-N, no-data, selected, active. */
  classes: (code: string) => string;
  /** Its accessible name: name, value or report count, report and period. */
  name: (code: string) => string;
  /** Names drawn on the map (when zoomed to a prefecture). */
  labels?: (code: string) => string;
  reportingPrefecture: (code: string) => boolean;
  /** The county under the pointer or focus, outlined above its neighbours. */
  active?: string;
  selected: (code: string) => boolean;
  tabIndex: (index: number) => 0 | -1;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
  onPoint: (code: string | undefined) => void;
  onSelect: (code: string) => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const drawnPaths = new WeakMap<ProjectedMap, SVGGElement>();

/** The county paths of a projection, made once per projection and cloned by every map that shows it. */
function pathsOf(map: ProjectedMap): SVGGElement {
  let g = drawnPaths.get(map);
  if (g) return g;
  g = document.createElementNS(SVG_NS, 'g');
  for (const f of map.counties) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('data-code', f.properties.code);
    path.setAttribute('d', map.paths.get(f.properties.code) ?? '');
    path.setAttribute('role', 'button');
    g.append(path);
  }
  drawnPaths.set(map, g);
  return g;
}

/**
 * The counties as SVG paths, cloned from the projection's (see pathsOf), then only their
 * class, name, pressed state and tab stop set: a Lit template per county kept seven parts
 * for each of the 90 counties of each map, and most of a page's JS heap with 100 maps.
 */
class CountyPaths extends Directive {
  private shown?: ProjectedMap;
  private paths: SVGPathElement[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('countyPaths() belongs inside an element');
  }

  render(_map: ProjectedMap, _marks: MapMarks): unknown {
    return noChange;
  }

  override update(part: ChildPart, [map, marks]: [ProjectedMap, MapMarks]): unknown {
    const sameCounties = this.shown?.counties === map.counties || (this.shown?.counties.length === map.counties.length && this.shown.counties.every((c, i) => c === map.counties[i]));
    if (this.shown !== map && sameCounties) {
      // Resized: the same counties redrawn in place, so that the focused one keeps focus.
      this.paths.forEach((path, i) => path.setAttribute('d', map.paths.get(map.counties[i]!.properties.code) ?? ''));
      this.shown = map;
    } else if (this.shown !== map) {
      for (const p of this.paths) p.remove();
      const clone = pathsOf(map).cloneNode(true) as SVGGElement;
      this.paths = [...clone.children] as SVGPathElement[];
      const fragment = clone.ownerDocument.createDocumentFragment();
      fragment.append(...this.paths);
      part.parentNode.insertBefore(fragment, part.endNode);
      this.shown = map;
    }
    map.counties.forEach((f, i) => {
      const path = this.paths[i]!;
      const code = f.properties.code;
      const set = (name: string, value: string) => {
        if (path.getAttribute(name) !== value) path.setAttribute(name, value);
      };
      set('class', `county ${marks.classes(code)}`);
      set('aria-pressed', String(marks.selected(code)));
      set('aria-label', marks.name(code));
      set('tabindex', String(marks.tabIndex(i)));
    });
    return noChange;
  }
}
const countyPaths = directive(CountyPaths);

/**
 * Under forced colours the choropleth's classes are told apart by line density (system
 * colours are two or three): lines closer together for higher classes, the top class
 * solid. These are the patterns' spacings, in pixels, for classes 0 to 2.
 */
const CLASS_SPACING = [9, 6, 3.5] as const;

/**
 * The map as SVG: one focusable path per county in view (one tab stop across them), the
 * prefecture outlines over them, and the county names when zoomed. The hatch pattern
 * marks counties with no data.
 */
export function drawMap(map: ProjectedMap, marks: MapMarks): TemplateResult {
  const codeOf = (event: Event) => (event.target as Element).getAttribute('data-code') ?? undefined;
  return html`<svg part="map" class="map" viewBox="0 0 ${map.width} ${map.height}" width=${map.width} height=${map.height}
      role="group" aria-roledescription="map" tabindex="-1" aria-label=${marks.title} aria-describedby=${marks.keysId}
      @keydown=${marks.onKeyDown} @focusin=${marks.onFocusIn} @pointerover=${(e: Event) => marks.onPoint(codeOf(e))}
      @click=${(e: Event) => { const code = codeOf(e); if (code) marks.onSelect(code); }}>
    <defs>
      <pattern id="union-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
      ${CLASS_SPACING.map(
        (gap, i) => svg`<pattern id="union-map-class-${i}" width=${gap} height=${gap} patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect class="hatch-bg" width=${gap} height=${gap}></rect>
          <rect class="hatch-line" width="1.5" height=${gap}></rect>
        </pattern>`,
      )}
    </defs>
    <g class="counties">${countyPaths(map, marks)}</g>
    <g class="prefectures" aria-hidden="true">
      ${map.prefectures.map((p) => svg`<path class=${`prefecture${marks.reportingPrefecture(p.properties.code) ? ' reporting' : ''}`} d=${map.paths.get(p.properties.code) ?? ''}></path>`)}
    </g>
    ${marks.active && map.paths.has(marks.active)
      ? svg`<path class="outline-halo" aria-hidden="true" d=${map.paths.get(marks.active)!}></path><path class="outline" aria-hidden="true" d=${map.paths.get(marks.active)!}></path>`
      : nothing}
    ${marks.labels
      ? svg`<g class="labels" aria-hidden="true">${map.counties.map((f) => {
          const at = map.labels.get(f.properties.code);
          return at ? svg`<text class="label" x=${at[0]} y=${at[1]} dy="0.35em">${marks.labels!(f.properties.code)}</text>` : nothing;
        })}</g>`
      : nothing}
  </svg>`;
}
