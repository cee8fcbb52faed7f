import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties every feature of a map geometry carries: the GB/T 2260 code and a name. */
export interface AreaProperties {
  code: string;
  name: string;
}

/** A box on the Mercator plane: [[x0, y0], [x1, y1]]. */
export type Box = readonly [readonly [number, number], readonly [number, number]];

/**
 * One county or prefecture: its rings as lists of arc indexes (TopoJSON's: `~i` is arc i
 * reversed), with its box and centroid on the Mercator plane (x east, y south).
 */
export interface Area {
  properties: AreaProperties;
  rings: readonly (readonly number[])[];
  bounds: Box;
  centroid: readonly [number, number];
}

/** The two layers a geometry must have, each feature with `code` and `name`. */
export const LAYERS = ['counties', 'prefectures'] as const;

/** A map's geometry, decoded once from its TopoJSON and shared by every map that uses it. */
export interface MapGeometry {
  counties: readonly Area[];
  prefectures: readonly Area[];
  byCode: ReadonlyMap<string, Area>;
  /** The arcs projected with Mercator: x, y pairs, y growing southward. */
  arcs: readonly Float64Array[];
  /** County code → codes of the counties it shares a border (an arc) with. */
  neighbours: ReadonlyMap<string, readonly string[]>;
}

/** Why a TopoJSON cannot be used as a map geometry. */
export type GeometryProblem = { kind: 'not-topojson' } | { kind: 'missing-layer'; layer: string } | { kind: 'missing-code'; layer: string; index: number };

const decoded = new WeakMap<object, MapGeometry | GeometryProblem>();

/**
 * The spherical Mercator projection, as d3-geo's geoMercatorRaw (the tests hold them
 * equal): longitude and latitude in radians to the plane, y growing northward. Written out:
 * importing geoMercatorRaw alone added 2.3 KB gzip to the drawn map in this build (measured
 * with npm run size), against one line of arithmetic.
 */
export const mercator = (lambda: number, phi: number): [number, number] => [lambda, Math.log(Math.tan((Math.PI / 2 + phi) / 2))];

/** Whether a parsed JSON value looks like a TopoJSON topology. */
function isTopology(value: unknown): value is Topology {
  const v = value as Partial<Topology> | null;
  return !!v && typeof v === 'object' && v.type === 'Topology' && !!v.objects && typeof v.objects === 'object' && Array.isArray(v.arcs);
}

/**
 * The arcs on the Mercator plane, each point projected once per geometry (not per map or
 * size): quantized arcs are delta-encoded and scaled by the topology's transform.
 */
function projectArcs(topo: Topology): Float64Array[] | undefined {
  const [sx, sy] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  const radians = Math.PI / 180;
  const out: Float64Array[] = [];
  for (const arc of topo.arcs) {
    if (!Array.isArray(arc)) return undefined;
    const xy = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i += 1) {
      const point = arc[i]!;
      if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') return undefined;
      if (topo.transform) [x, y] = [x + point[0], y + point[1]];
      else [x, y] = [point[0], point[1]];
      const [px, py] = mercator((x * sx + tx) * radians, (y * sy + ty) * radians);
      xy[2 * i] = px;
      xy[2 * i + 1] = -py;
    }
    out.push(xy);
  }
  return out;
}

const arcOf = (index: number) => (index < 0 ? ~index : index);

/** A ring's points in order, each arc after the first without its shared first point. */
export function ringPoints(ring: readonly number[], arcs: readonly Float64Array[], visit: (x: number, y: number) => void): void {
  ring.forEach((index, n) => {
    const arc = arcs[arcOf(index)]!;
    const count = arc.length / 2;
    for (let i = n === 0 ? 0 : 1; i < count; i += 1) {
      const j = index < 0 ? count - 1 - i : i;
      visit(arc[2 * j]!, arc[2 * j + 1]!);
    }
  });
}

/** Box and area-weighted centroid of the rings (holes, wound the other way, subtract). */
function measure(rings: readonly (readonly number[])[], arcs: readonly Float64Array[]): Pick<Area, 'bounds' | 'centroid'> {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let [area, cx, cy] = [0, 0, 0];
  for (const ring of rings) {
    let previous: [number, number] | undefined;
    let first: [number, number] | undefined;
    const step = (x: number, y: number) => {
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      if (previous) {
        const cross = previous[0] * y - x * previous[1];
        area += cross;
        cx += (previous[0] + x) * cross;
        cy += (previous[1] + y) * cross;
      } else first = [x, y];
      previous = [x, y];
    };
    ringPoints(ring, arcs, step);
    if (first) step(first[0], first[1]);
  }
  const centroid: [number, number] = area ? [cx / (3 * area), cy / (3 * area)] : [(x0 + x1) / 2, (y0 + y1) / 2];
  return { bounds: [[x0, y0], [x1, y1]], centroid };
}

function layerAreas(topo: Topology, layer: string, arcs: readonly Float64Array[]): Area[] | GeometryProblem {
  const object = topo.objects[layer] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) return { kind: 'missing-layer', layer };
  const out: Area[] = [];
  for (const [index, g] of object.geometries.entries()) {
    const properties = g.properties as Partial<AreaProperties> | null | undefined;
    const code = properties?.code;
    if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return { kind: 'missing-code', layer, index };
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : undefined;
    if (!polygons) continue;
    const rings = polygons.flat();
    if (!rings.every((ring) => Array.isArray(ring) && ring.every((i) => Number.isInteger(i) && arcOf(i) >= 0 && arcOf(i) < arcs.length))) return { kind: 'not-topojson' };
    out.push({ properties: { code, name: String(properties?.name ?? code) }, rings, ...measure(rings, arcs) });
  }
  return out;
}

/** County code → the counties sharing an arc with it: TopoJSON's neighbours. */
function neighboursOf(counties: readonly Area[]): Map<string, string[]> {
  const byArc = new Map<number, string[]>();
  for (const c of counties) {
    for (const arc of new Set(c.rings.flat().map(arcOf))) byArc.set(arc, [...(byArc.get(arc) ?? []), c.properties.code]);
  }
  const neighbours = new Map<string, string[]>(counties.map((c) => [c.properties.code, []]));
  for (const codes of byArc.values()) {
    for (const a of codes) for (const b of codes) if (a !== b && !neighbours.get(a)!.includes(b)) neighbours.get(a)!.push(b);
  }
  return neighbours;
}

/**
 * Decodes a TopoJSON into a map geometry: the arcs on the Mercator plane, the county
 * and prefecture areas, and the counties' neighbours from their shared arcs. Decoded once
 * per object.
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
  const arcs = projectArcs(topo);
  if (!arcs) return { kind: 'not-topojson' };
  const counties = layerAreas(topo, 'counties', arcs);
  if (!Array.isArray(counties)) return counties;
  const prefectures = layerAreas(topo, 'prefectures', arcs);
  if (!Array.isArray(prefectures)) return prefectures;
  const byCode = new Map([...prefectures, ...counties].map((f) => [f.properties.code, f]));
  return { counties, prefectures, byCode, arcs, neighbours: neighboursOf(counties) };
}

export const isGeometryProblem = (value: MapGeometry | GeometryProblem): value is GeometryProblem => 'kind' in value;
