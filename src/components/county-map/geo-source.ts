import type { GeometryProblemDetail } from '../base/problem.js';
import { decodeGeometry, isGeometryProblem, type MapGeometry } from './map-geometry.js';

/** A geometry ready to draw, or why not. */
export type GeometryResult = { ok: true; geometry: MapGeometry } | { ok: false; problem: GeometryProblemDetail };

/** The built-in boundaries' URL in messages and the cache. */
export const BUILT_IN = 'built-in';

const loads = new Map<string, Promise<GeometryResult>>();

async function fetchTopology(url: string): Promise<GeometryResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, problem: { kind: 'not-topojson' } };
  }
  return decoded(json);
}

function decoded(json: unknown): GeometryResult {
  const geometry = decodeGeometry(json);
  return isGeometryProblem(geometry) ? { ok: false, problem: geometry } : { ok: true, geometry };
}

/**
 * The map's boundaries: a `geo-src` URL (fetched once per page, however many maps use it)
 * or, without one, the built-in boundaries of Zhejiang, loaded with the map only.
 */
export function loadGeometry(url: string | null): Promise<GeometryResult> {
  const key = url || BUILT_IN;
  let load = loads.get(key);
  if (!load) {
    load = url ? fetchTopology(new URL(url, document.baseURI).href) : import('../../../data/geo/zhejiang.topo.json').then((m) => decoded(m.default));
    loads.set(key, load);
  }
  return load;
}
