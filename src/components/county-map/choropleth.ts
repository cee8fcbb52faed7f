import { scaleQuantile } from 'd3-scale';

/** At most this many classes: more cannot be told apart on a map of a few regions. */
export const MAX_CLASSES = 4;

/** Classes of a choropleth: each with its lower and upper value. */
export interface Classes {
  /** [min, max] of each class, in order. */
  ranges: readonly (readonly [number, number])[];
  /** The class of a value. */
  classOf: (value: number) => number;
}

/**
 * Quantile classes over the values (d3-scale): as many as there are distinct values, at
 * most MAX_CLASSES, each named by the smallest and largest value it holds.
 */
export function classify(values: readonly number[]): Classes {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const count = Math.max(1, Math.min(MAX_CLASSES, distinct.length));
  const scale = scaleQuantile<number>().domain(distinct).range(Array.from({ length: count }, (_, i) => i));
  const ranges = Array.from({ length: count }, (_, i) => {
    const members = distinct.filter((v) => scale(v) === i);
    return [members[0] ?? 0, members[members.length - 1] ?? 0] as const;
  });
  return { ranges, classOf: (value) => scale(value) };
}
