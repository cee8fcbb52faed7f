import { ringPoints, type Area, type Box, type MapGeometry } from './map-geometry.js';

/** The drawing of one geometry at one size and zoom: SVG path strings and label points. */
export interface ProjectedMap {
  width: number;
  height: number;
  /** Code → SVG path data, for every county and prefecture in view. */
  paths: ReadonlyMap<string, string>;
  /** County code → [x, y] of its label, in pixels. */
  labels: ReadonlyMap<string, readonly [number, number]>;
  /** The counties in view (all, or the focused prefecture's). */
  counties: readonly Area[];
  /** The prefectures drawn as outlines. */
  prefectures: readonly Area[];
}

/** The margin around the drawing, in pixels. */
export const PADDING = 8;
const cache = new WeakMap<MapGeometry, Map<string, ProjectedMap>>();
/** Drawings kept per geometry (sizes and zooms) before the cache starts again. */
const MAX_SIZES = 8;

/** How many projections were computed: 100 maps of one geometry and size compute one. */
export let projections = 0;

const inPrefecture = (prefecture: string) => (f: Area) => f.properties.code.slice(0, 4) === prefecture.slice(0, 4);

/** The box of what a map shows: the province (its prefectures), or one prefecture's counties. */
function extentOf(geometry: MapGeometry, focus?: string): Box {
  const areas = focus ? geometry.counties.filter(inPrefecture(focus)) : geometry.prefectures.length ? geometry.prefectures : geometry.counties;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bounds } of areas) [x0, y0, x1, y1] = [Math.min(x0, bounds[0][0]), Math.min(y0, bounds[0][1]), Math.max(x1, bounds[1][0]), Math.max(y1, bounds[1][1])];
  return [[x0, y0], [x1, y1]];
}

/** The height a map of this width takes: the extent's aspect at this width. */
export function heightFor(geometry: MapGeometry, width: number, focus?: string): number {
  const [[x0, y0], [x1, y1]] = extentOf(geometry, focus);
  return Math.ceil(((y1 - y0) * Math.max(1, width - 2 * PADDING)) / (x1 - x0) + 2 * PADDING);
}

/**
 * Fits the geometry's Mercator plane to the size, as d3-geo's `fitExtent` does (the
 * extent scaled to fit inside the padding, centred), zoomed to one prefecture's counties
 * when `focus` is its code, and writes the SVG paths. The province spans a few degrees and
 * its points lie about 40 m apart, so d3's adaptive resampling adds no point and its
 * antimeridian clip cuts nothing: the path is the projected points joined. Cached per
 * geometry, size and focus.
 */
export function projectMap(geometry: MapGeometry, width: number, height: number, focus?: string): ProjectedMap {
  const key = `${width}x${height}:${focus ?? ''}`;
  let sized = cache.get(geometry);
  if (!sized) cache.set(geometry, (sized = new Map()));
  const known = sized.get(key);
  if (known) return known;
  projections += 1;
  const [[x0, y0], [x1, y1]] = extentOf(geometry, focus);
  const k = Math.min(Math.max(1, width - 2 * PADDING) / (x1 - x0), Math.max(1, height - 2 * PADDING) / (y1 - y0));
  const dx = (width - k * (x1 - x0)) / 2 - k * x0;
  const dy = (height - k * (y1 - y0)) / 2 - k * y0;
  const round = (v: number) => Math.round(v * 10) / 10;
  const counties = focus ? geometry.counties.filter(inPrefecture(focus)) : geometry.counties;
  const prefectures = focus ? geometry.prefectures.filter((p) => p.properties.code === focus) : geometry.prefectures;
  const paths = new Map<string, string>();
  for (const area of [...prefectures, ...counties]) {
    let d = '';
    for (const ring of area.rings) {
      let last = '';
      let points = 0;
      ringPoints(ring, geometry.arcs, (x, y) => {
        const point = `${round(k * x + dx)},${round(k * y + dy)}`;
        if (point === last) return;
        d += `${points === 0 ? 'M' : 'L'}${point}`;
        last = point;
        points += 1;
      });
      if (points > 0) d += 'Z';
    }
    paths.set(area.properties.code, d);
  }
  const labels = new Map<string, [number, number]>(counties.map((f) => [f.properties.code, [round(k * f.centroid[0] + dx), round(k * f.centroid[1] + dy)]]));
  const projected: ProjectedMap = { width, height, paths, labels, counties, prefectures };
  // A container dragged through a hundred widths must not keep a hundred drawings: a few
  // sizes at a time (a page's maps share one or two).
  if (sized.size >= MAX_SIZES) sized.clear();
  sized.set(key, projected);
  return projected;
}
