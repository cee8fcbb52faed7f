import type { MapGeometry } from './map-geometry.js';

export const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The direction's angle, counter-clockwise from east, in degrees. */
const ANGLE: Record<Direction, number> = { right: 0, up: 90, left: 180, down: 270 };
/** How far from the arrow's direction a neighbour may lie and still be "that way". */
const CONE = 67.5;

/**
 * Bearing from one centroid to another on the Mercator plane (x east, y south),
 * counter-clockwise from east, in degrees. Mercator keeps angles, so this is the bearing
 * on the ground too.
 */
export function bearing(from: readonly [number, number], to: readonly [number, number]): number {
  return ((Math.atan2(from[1] - to[1], to[0] - from[0]) * 180) / Math.PI + 360) % 360;
}

const offBy = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/**
 * The county an arrow key moves to: among the counties sharing a border with `code`, the
 * one whose centroid lies closest to the arrow's direction. With no bordering county that
 * way (islands, the edge of a zoom), the nearest county in that direction; undefined when
 * there is none. `among` limits the candidates (the counties in view).
 */
export function neighbourTowards(geometry: MapGeometry, code: string, direction: Direction, among?: ReadonlySet<string>): string | undefined {
  const centroids = new Map(geometry.counties.map((c) => [c.properties.code, c.centroid]));
  const from = centroids.get(code);
  if (!from) return undefined;
  const allowed = (c: string) => c !== code && (!among || among.has(c)) && centroids.has(c);
  const pick = (candidates: readonly string[], cost: (off: number, distance: number) => number) => {
    let best: string | undefined;
    let bestScore = Infinity;
    for (const c of candidates) {
      const to = centroids.get(c)!;
      const off = offBy(bearing(from, to), ANGLE[direction]);
      if (off > CONE) continue;
      const distance = Math.hypot(to[0] - from[0], to[1] - from[1]);
      const s = cost(off, distance);
      if (s < bestScore) [best, bestScore] = [c, s];
    }
    return best;
  };
  // A bordering county: the best-aligned. Any other: the nearest, alignment as a tie-break.
  return (
    pick((geometry.neighbours.get(code) ?? []).filter(allowed), (off) => off) ??
    pick([...centroids.keys()].filter(allowed), (off, distance) => distance * (1 + off / CONE))
  );
}
