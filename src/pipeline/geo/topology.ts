import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { crossingArcs, decodeArcs } from './validate.js';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

/** The share of points kept by simplification. */
export const KEEP = 0.05;
/** Quantization: the source grid gives about 5,000 steps across the province. */
export const QUANTIZATION = 1e4;

type Collection = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
export type RegionProperties = { code: string; name: string };
export type AreaGeometry = (TopoPolygon<RegionProperties> | TopoMultiPolygon<RegionProperties>);
type Layer = { type: 'GeometryCollection'; geometries: AreaGeometry[] };
export type MapTopology = Topology & { objects: { counties: Layer; prefectures: Layer } };

const reverse = (ring: Position[]) => ring.slice().reverse();

/**
 * Turns rings to d3's orientation: mapshaper writes exterior rings counter-clockwise
 * (RFC 7946), d3-geo reads them as the complement of the polygon on the sphere.
 */
export function rewindForD3(collection: Collection): Collection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f): Feature<Polygon | MultiPolygon, RegionProperties> => {
      const g = f.geometry;
      const geometry: Polygon | MultiPolygon =
        g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(reverse) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(reverse)) };
      return { type: 'Feature', properties: f.properties, geometry };
    }),
  };
}

/**
 * Simplifies and quantizes; where two borders then cross, the arcs involved keep every
 * point and it runs again (simplification moves each arc on its own, so it can cross one).
 */
function simplifyWithoutCrossings(weighted: Topology, minWeight: number): Topology {
  for (let round = 0; ; round += 1) {
    const quantized = quantize(simplify(weighted as never, minWeight) as never, QUANTIZATION) as Topology;
    const crossings = crossingArcs(decodeArcs(quantized));
    if (crossings.length === 0 || round === 10) return quantized;
    for (const arc of new Set(crossings.flat())) {
      for (const point of weighted.arcs[arc]!) point[2] = Infinity;
    }
  }
}

/** The prefecture code of a county code: 330782 → 330700. */
export const prefectureOf = (code: string) => `${code.slice(0, 4)}00`;

/**
 * Counties as a topology, simplified (weighted by spherical area, about 5% of the points
 * kept) and quantized, with a prefecture layer merged from the counties' shared arcs.
 */
export function buildTopology(counties: Collection, prefectureNames: ReadonlyMap<string, string>): MapTopology {
  const raw = topology({ counties: counties as FeatureCollection }) as unknown as Topology;
  const weighted = presimplify(raw as never, sphericalTriangleArea) as Topology;
  const minWeight = quantile(weighted, KEEP);
  const quantized = simplifyWithoutCrossings(weighted, minWeight);
  const countyLayer = quantized.objects['counties'] as GeometryCollection<RegionProperties>;
  const geometries = countyLayer.geometries as AreaGeometry[];
  const groups = new Map<string, AreaGeometry[]>();
  for (const g of geometries) {
    const parent = prefectureOf(g.properties!.code);
    groups.set(parent, [...(groups.get(parent) ?? []), g]);
  }
  const prefectures = [...groups.keys()].sort().map((code) => {
    const merged = mergeArcs(quantized as Topology, groups.get(code)! as never) as unknown as TopoMultiPolygon<RegionProperties>;
    return { ...merged, properties: { code, name: prefectureNames.get(code) ?? code } };
  });
  const sortedCounties = geometries.slice().sort((a, b) => a.properties!.code.localeCompare(b.properties!.code));
  return {
    ...quantized,
    objects: {
      counties: { type: 'GeometryCollection', geometries: sortedCounties },
      prefectures: { type: 'GeometryCollection', geometries: prefectures },
    },
  } as MapTopology;
}
