import type { MapGeometry } from './map-geometry.js';

export const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The direction's angle, counter-clockwise from east, in degrees. */
const ANGLE: Record<Direction, number> = { right: 0, up: 90, left: 180, down: 270 };
/** How far from the arrow's direction a neighbour may lie and still be "that way". */
const CONE = 67.5;

/** Bearing from one centroid to another, counter-clockwise from east, in degrees, on a local flat map. */
export function bearing(from: readonly [number, number], to: readonly [number, number]): number {
  const dx = (to[0] - from[0]) * Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
  const dy = to[1] - from[1];
  return ((Math.atan2(dy, dx) * 180) / Math.PI + 360) % 360;
}

const offBy = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

/**
 * The county an arrow key moves to: among the counties sharing a border with `code`, the
 * one whose centroid lies closest to the arrow's direction. With no bordering county that
 * way (islands, the edge of a zoom), the nearest county in that direction; undefined when
 * there is none. `among` limits the candidates (the counties in view).
 */
export function neighbourTowards(geometry: MapGeometry, code: string, direction: Direction, among?: ReadonlySet<string>): string | undefined {
  const from = geometry.centroids.get(code);
  if (!from) return undefined;
  const allowed = (c: string) => c !== code && (!among || among.has(c)) && geometry.centroids.has(c);
  const pick = (candidates: readonly string[], cost: (off: number, distance: number) => number) => {
    let best: string | undefined;
    let bestScore = Infinity;
    for (const c of candidates) {
      const to = geometry.centroids.get(c)!;
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
    pick([...geometry.centroids.keys()].filter(allowed), (off, distance) => distance * (1 + off / CONE))
  );
}
