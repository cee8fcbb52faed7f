import type { GeometryProblemDetail } from '../base/problem.js';

/** A map's boundaries as parsed JSON, not decoded yet (the view decodes them), or why not. */
export type TopologyResult = { ok: true; topology: unknown } | { ok: false; problem: GeometryProblemDetail };

/** The built-in boundaries' URL in messages and the cache. */
export const BUILT_IN = 'built-in';

const loads = new Map<string, Promise<TopologyResult>>();

async function fetchTopology(url: string): Promise<TopologyResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  try {
    return { ok: true, topology: await response.json() };
  } catch {
    return { ok: false, problem: { kind: 'not-topojson' } };
  }
}

/**
 * The map's boundaries: a `geo-src` URL (fetched once per page, however many maps use it)
 * or, without one, the built-in boundaries of Zhejiang, loaded with the map only. This
 * lives in the tag's file so that the boundaries load beside the view and the dataset,
 * not after them; the view decodes them (once per file).
 */
export function loadTopology(url: string | null): Promise<TopologyResult> {
  const key = url || BUILT_IN;
  let load = loads.get(key);
  if (!load) {
    const started = url
      ? fetchTopology(new URL(url, document.baseURI).href)
      : import('../../../data/geo/zhejiang.topo.json').then(
          (m): TopologyResult => ({ ok: true, topology: m.default }),
          (): TopologyResult => ({ ok: false, problem: { kind: 'network' } }),
        );
    // A failure is not kept, as with a `src` dataset: a server that answered 500 once, or a
    // chunk that failed to load, is asked again by the next map (or by the same map when its
    // `geo-src` is set again). The maps waiting on this load share its failure.
    void started.then((result) => {
      if (!result.ok && loads.get(key) === started) loads.delete(key);
    });
    loads.set(key, (load = started));
  }
  return load;
}
