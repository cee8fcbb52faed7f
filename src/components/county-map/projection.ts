import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { AreaFeature, MapGeometry } from './map-geometry.js';

/** The drawing of one geometry at one size and zoom: SVG path strings and label points. */
export interface ProjectedMap {
  width: number;
  height: number;
  /** Code → SVG path data, for every county and prefecture in view. */
  paths: ReadonlyMap<string, string>;
  /** County code → [x, y] of its label, in pixels. */
  labels: ReadonlyMap<string, readonly [number, number]>;
  /** The counties in view (all, or the focused prefecture's). */
  counties: readonly AreaFeature[];
  /** The prefectures drawn as outlines. */
  prefectures: readonly AreaFeature[];
}

/** Height over width of the province as drawn; maps without a height use it. */
export const PADDING = 8;
const cache = new WeakMap<MapGeometry, Map<string, ProjectedMap>>();

/** How many projections were computed: 100 maps of one geometry and size compute one. */
export let projections = 0;

const inPrefecture = (prefecture: string) => (f: AreaFeature) => f.properties.code.slice(0, 4) === prefecture.slice(0, 4);

/** The height a map of this width takes: the extent's aspect at this width. */
export function heightFor(geometry: MapGeometry, width: number, focus?: string): number {
  const extent = extentOf(geometry, focus);
  const projection = geoMercator().fitWidth(Math.max(1, width - 2 * PADDING), extent);
  const [[, y0], [, y1]] = geoPath(projection).bounds(extent);
  return Math.ceil(y1 - y0 + 2 * PADDING);
}

function extentOf(geometry: MapGeometry, focus?: string): FeatureCollection {
  const features = focus ? geometry.counties.filter(inPrefecture(focus)) : geometry.prefectures.length ? geometry.prefectures : geometry.counties;
  return { type: 'FeatureCollection', features: features as AreaFeature[] };
}

/**
 * Projects a geometry with d3-geo's Mercator fitted to the size (fitSize), zoomed to one
 * prefecture's counties when `focus` is its code. Cached per geometry, size and focus.
 */
export function projectMap(geometry: MapGeometry, width: number, height: number, focus?: string): ProjectedMap {
  const key = `${width}x${height}:${focus ?? ''}`;
  let sized = cache.get(geometry);
  if (!sized) cache.set(geometry, (sized = new Map()));
  const known = sized.get(key);
  if (known) return known;
  projections += 1;
  const projection: GeoProjection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [Math.max(PADDING + 1, width - PADDING), Math.max(PADDING + 1, height - PADDING)],
    ],
    extentOf(geometry, focus),
  );
  const path = geoPath(projection);
  const counties = focus ? geometry.counties.filter(inPrefecture(focus)) : geometry.counties;
  const prefectures = focus ? geometry.prefectures.filter((p) => p.properties.code === focus) : geometry.prefectures;
  const paths = new Map<string, string>();
  for (const f of [...prefectures, ...counties]) paths.set(f.properties.code, path(f) ?? '');
  const labels = new Map<string, [number, number]>();
  for (const f of counties) {
    const c = geometry.centroids.get(f.properties.code);
    const point = c ? projection([c[0], c[1]]) : null;
    if (point) labels.set(f.properties.code, [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10]);
  }
  const projected: ProjectedMap = { width, height, paths, labels, counties, prefectures };
  sized.set(key, projected);
  return projected;
}
