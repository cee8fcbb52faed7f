import type { DataNeed } from '../../dataset/parts/route.js';

/**
 * The attributes a widget's need is read from: an element's own properties, or, before the
 * element upgrades, its attributes by name (prefetch.ts). Null or absent where not set.
 */
export type NeedAttributes = Readonly<Partial<Record<'fact' | 'metric' | 'region' | 'report' | 'category' | 'metrics' | 'geo-src', string | null>>>;

/**
 * What a widget asks of the embedded dataset, from its attributes alone: the parts that hold
 * its fact, its metric, or its report's category, with the honour rolls. Read by the
 * elements when they load, and by the CDN bundle before any element exists (prefetch.ts).
 * A chart narrows it, a map and a roll replace it (their loading.ts).
 */
export function widgetNeed({ fact, metric, region, report, category }: NeedAttributes): DataNeed {
  return { fact, metric, region, report, category, rolls: true };
}
