import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties every feature of a map geometry carries: the GB/T 2260 code and a name. */
export interface AreaProperties {
  code: string;
  name: string;
}
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

/** The two layers a geometry must have, each feature with `code` and `name`. */
export const LAYERS = ['counties', 'prefectures'] as const;

/** A map's geometry, decoded once from its TopoJSON and shared by every map that uses it. */
export interface MapGeometry {
  counties: readonly AreaFeature[];
  prefectures: readonly AreaFeature[];
  byCode: ReadonlyMap<string, AreaFeature>;
  /** County code → codes of the counties it shares a border (an arc) with. */
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** County code → [longitude, latitude] of its centroid. */
  centroids: ReadonlyMap<string, readonly [number, number]>;
}

/** Why a TopoJSON cannot be used as a map geometry. */
export type GeometryProblem = { kind: 'not-topojson' } | { kind: 'missing-layer'; layer: string } | { kind: 'missing-code'; layer: string; index: number };

const decoded = new WeakMap<object, MapGeometry | GeometryProblem>();

function layerFeatures(topo: Topology, layer: string): AreaFeature[] | GeometryProblem {
  const object = topo.objects[layer] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return { kind: 'missing-layer', layer };
  const collection = feature(topo, object) as FeatureCollection;
  const out: AreaFeature[] = [];
  for (const [index, f] of collection.features.entries()) {
    const code = (f.properties as Partial<AreaProperties> | null)?.code;
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return { kind: 'missing-code', layer, index };
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    out.push({ type: 'Feature', properties: { code, name: String((f.properties as AreaProperties).name ?? code) }, geometry: f.geometry });
  }
  return out;
}

/** Whether a parsed JSON value looks like a TopoJSON topology. */
function isTopology(value: unknown): value is Topology {
  const v = value as Partial<Topology> | null;
  return !!v && typeof v === 'object' && v.type === 'Topology' && !!v.objects && typeof v.objects === 'object' && Array.isArray(v.arcs);
}

/**
 * Decodes a TopoJSON into a map geometry: the county and prefecture features, the counties'
 * neighbours from their shared arcs, and their centroids. Decoded once per object.
 */
export function decodeGeometry(topo: unknown): MapGeometry | GeometryProblem {
  if (!isTopology(topo)) return { kind: 'not-topojson' };
  const known = decoded.get(topo);
  if (known) return known;
  const result = decodeFresh(topo);
  decoded.set(topo, result);
  return result;
}

function decodeFresh(topo: Topology): MapGeometry | GeometryProblem {
  const counties = layerFeatures(topo, 'counties');
  if (!Array.isArray(counties)) return counties;
  const prefectures = layerFeatures(topo, 'prefectures');
  if (!Array.isArray(prefectures)) return prefectures;
  const layer = topo.objects['counties'] as GeometryCollection;
  const geometries = layer.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
  const adjacency = neighbors(geometries as never);
  const neighbours = new Map<string, string[]>();
  geometries.forEach((g, i) => {
    const code = (g.properties as AreaProperties).code;
    neighbours.set(code, adjacency[i]!.map((j) => (geometries[j]!.properties as AreaProperties).code));
  });
  const centroids = new Map(counties.map((f) => [f.properties.code, geoCentroid(f) as [number, number]]));
  const byCode = new Map([...prefectures, ...counties].map((f) => [f.properties.code, f]));
  return { counties, prefectures, byCode, neighbours, centroids };
}

export const isGeometryProblem = (value: MapGeometry | GeometryProblem): value is GeometryProblem => 'kind' in value;
