import type { DataNeed } from '../../dataset/parts/route.js';
import type { NeedAttributes } from '../base/widget-need.js';
import { loadOnce } from '../base/load-once.js';
import { loadRegionTable, type MapRegion } from './map-regions.js';

// What a county map loads: read by the element, and by the CDN bundle for the maps already
// in the page, before they upgrade (prefetch.ts).

/** A metric across reports when it colours the counties, else every report without its facts. */
export function countyMapNeed({ metric }: NeedAttributes): DataNeed {
  return metric ? { metric } : { reportsOnly: true };
}

type CountyMapView = typeof import('./county-map-view.js');
/** The map's drawing code and its region table, once loaded. */
export type MapCode = { view: CountyMapView; regions: ReadonlyMap<string, MapRegion> };
let loaded: MapCode | undefined;
// The charts' menu and table (the chart-base chunk, vite.config.ts) are asked for beside the
// view rather than found in it: a round trip less.
const loadViewAndRegions = loadOnce(() =>
  Promise.all([import('./county-map-view.js'), loadRegionTable(), import('../base/chart-menu.js')]).then(([view, regions]) => (loaded = { view, regions })),
);

/**
 * The view and the region table, loaded with the first map only; with a metric, the code
 * that writes values too (the tooltip, legend and lists), so that a choropleth draws once.
 * A failed load is tried again by the next map.
 */
export function loadMapCode(withValues: boolean): Promise<unknown> {
  const loading = loadViewAndRegions();
  return withValues ? loading.then(({ view }) => view.loadDetails()) : loading;
}

/** The map's code where it has loaded. */
export function mapCode(): MapCode | undefined {
  return loaded;
}
