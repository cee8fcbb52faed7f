/** At most this many classes: more cannot be told apart on a map of a few regions. */
export const MAX_CLASSES = 4;

/** Classes of a choropleth: each with its lower and upper value. */
export interface Classes {
  /** [min, max] of each class, in order. */
  ranges: readonly (readonly [number, number])[];
  /** The class of a value. */
  classOf: (value: number) => number;
}

/** The p-quantile of sorted values, interpolated (R-7, as d3-array's quantileSorted). */
function quantileSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  const lo = sorted[i]!;
  return i + 1 < sorted.length ? lo + (sorted[i + 1]! - lo) * (h - i) : lo;
}

/**
 * Quantile classes over the values, as d3-scale's scaleQuantile draws them (the tests hold
 * the two equal). Written out: importing scaleQuantile, or d3-array's quantileSorted and
 * bisectRight, makes the build split a d3-array chunk shared with the bar chart onto the
 * plain map's path (+1.2 to 1.5 KB gzip, over the map's budget). As many
 * classes as there are distinct values, at most MAX_CLASSES, each named by the smallest
 * and largest value it holds.
 */
export function classify(values: readonly number[]): Classes {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const count = Math.max(1, Math.min(MAX_CLASSES, distinct.length));
  const thresholds = Array.from({ length: count - 1 }, (_, i) => quantileSorted(distinct, (i + 1) / count));
  // bisectRight: the number of thresholds at or below the value.
  const classOf = (value: number) => thresholds.filter((t) => t <= value).length;
  const ranges = Array.from({ length: count }, (_, i) => {
    const members = distinct.filter((v) => classOf(v) === i);
    return [members[0] ?? 0, members[members.length - 1] ?? 0] as const;
  });
  return { ranges, classOf };
}
