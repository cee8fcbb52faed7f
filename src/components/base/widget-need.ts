import type { DataNeed } from '../../dataset/parts/route.js';

/** A widget's attribute (or property) by name; null or undefined where it is not set. */
export type ReadAttribute = (name: string) => string | null | undefined;

/**
 * What a widget asks of the embedded dataset, from its attributes alone: the parts that hold
 * its fact, its metric, or its report's category, with the honour rolls. Read by the
 * elements when they load, and by the CDN bundle before any element exists (prefetch.ts).
 * A chart, a map and a roll narrow it (their loading.ts).
 */
export function widgetNeed(read: ReadAttribute): DataNeed {
  return { fact: read('fact'), metric: read('metric'), region: read('region'), report: read('report'), category: read('category'), rolls: true };
}
