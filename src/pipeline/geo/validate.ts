import { geoArea } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { GeoRegion } from './regions.js';
import type { AreaGeometry, MapTopology } from './topology.js';
import { RETIRED } from './vintage.js';

const EARTH_RADIUS_KM = 6371.0088;
/** Zhejiang's land area is about 105,500 km²; the largest prefecture (Lishui) about 17,300. */
export const PROVINCE_AREA_KM2 = { min: 95_000, max: 115_000 } as const;
export const PREFECTURE_AREA_KM2_MAX = 20_000;

const km2 = (steradians: number) => steradians * EARTH_RADIUS_KM ** 2;

/** Absolute coordinates of every arc of a quantized topology. */
export function decodeArcs(topo: Topology): [number, number][][] {
  const [kx, ky] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!; y += dy!;
      return topo.transform ? [x * kx + tx, y * ky + ty] as [number, number] : [dx!, dy!] as [number, number];
    });
  });
}

type Point = readonly [number, number];
const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** Whether two segments cross properly (touching at a shared vertex does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  if (same(a, c) || same(a, d) || same(b, c) || same(b, d)) return false;
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Pairs of arcs whose segments cross, found through a grid of cells. */
export function crossingArcs(arcs: readonly (readonly Point[])[], cells = 200): [number, number][] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const arc of arcs) for (const [x, y] of arc) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const w = (x1 - x0) / cells || 1, h = (y1 - y0) / cells || 1;
  const grid = new Map<number, [number, number][]>();
  arcs.forEach((arc, i) => {
    for (let j = 1; j < arc.length; j += 1) {
      const [ax, ay] = arc[j - 1]!, [bx, by] = arc[j]!;
      for (let cx = Math.floor((Math.min(ax, bx) - x0) / w); cx <= Math.floor((Math.max(ax, bx) - x0) / w); cx += 1)
        for (let cy = Math.floor((Math.min(ay, by) - y0) / h); cy <= Math.floor((Math.max(ay, by) - y0) / h); cy += 1) {
          const key = cx * (cells + 1) + cy;
          grid.set(key, [...(grid.get(key) ?? []), [i, j]]);
        }
    }
  });
  const found = new Set<string>();
  for (const segments of grid.values()) {
    for (let p = 0; p < segments.length; p += 1)
      for (let q = p + 1; q < segments.length; q += 1) {
        const [i, j] = segments[p]!, [k, l] = segments[q]!;
        if (i === k && Math.abs(j - l) <= 1) continue;
        if (segmentsCross(arcs[i]![j - 1]!, arcs[i]![j]!, arcs[k]![l - 1]!, arcs[k]![l]!)) found.add(`${Math.min(i, k)},${Math.max(i, k)}`);
      }
  }
  return [...found].map((s) => s.split(',').map(Number) as [number, number]);
}

/** What is wrong with a built topology: an empty list when it is sound. */
export function validateTopology(topo: MapTopology, regions: readonly GeoRegion[]): string[] {
  const problems: string[] = [];
  const counties = topo.objects.counties.geometries as AreaGeometry[];
  const drawn = new Map(counties.map((g) => [g.properties!.code, g]));
  if (drawn.size !== counties.length) problems.push('a county code appears twice in the geometry');
  for (const r of regions.filter((r) => r.level === 'county' && r.drawn !== false)) {
    if (!drawn.has(r.code)) problems.push(`${r.code} ${r.zh} has no polygon`);
  }
  const known = new Set(regions.map((r) => r.code));
  for (const code of drawn.keys()) if (!known.has(code) && !RETIRED.has(code)) problems.push(`polygon ${code} is neither a unit of today nor a named retired one`);
  for (const g of counties as { type: string; properties?: { code: string } }[]) if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') problems.push(`${g.properties?.code} lost its area in simplification`);

  const prefectures = topo.objects.prefectures.geometries as AreaGeometry[];
  const expected = regions.filter((r) => r.level === 'prefecture').map((r) => r.code);
  if (expected.length !== 11) problems.push(`the division codes list ${expected.length} prefectures, not 11`);
  for (const code of expected) if (!prefectures.some((p) => p.properties?.code === code)) problems.push(`prefecture ${code} is missing`);
  for (const p of prefectures) {
    const area = km2(geoArea(feature(topo as Topology, p as never) as never));
    if (!(area > 0 && area < PREFECTURE_AREA_KM2_MAX)) problems.push(`prefecture ${p.properties?.code} measures ${Math.round(area)} km²`);
  }

  const province = merge(topo as Topology, counties as never) as MultiPolygon;
  for (const polygon of province.coordinates) {
    for (const hole of polygon.slice(1)) problems.push(`the merged province has a hole near ${hole[0]!.map((v) => v.toFixed(3)).join(',')} (${hole.length} points)`);
  }
  const area = km2(geoArea(province));
  if (area < PROVINCE_AREA_KM2.min || area > PROVINCE_AREA_KM2.max) problems.push(`the merged province measures ${Math.round(area)} km²`);

  const crossings = crossingArcs(decodeArcs(topo as Topology));
  for (const [a, b] of crossings) problems.push(`arcs ${a} and ${b} cross`);
  return problems;
}
