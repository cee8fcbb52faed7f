import type { Locale } from '../../format/locale.js';
import { loadOnce } from '../base/load-once.js';

/**
 * A row of data/geo/regions.json (written by scripts/build-geo.ts): the province, its
 * prefectures and every county-level unit of today.
 */
export interface MapRegion {
  /** Six-digit GB/T 2260 code. */
  code: string;
  zh: string;
  /** Pinyin with the unit's type: "Yiwu City". */
  en: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string;
  /** False for units the boundaries lack (borders changed since their vintage). */
  drawn?: false;
}

/** The region table, loaded with the map (never by the KPI widgets); loaded again after a failure. */
export const loadRegionTable: () => Promise<ReadonlyMap<string, MapRegion>> = loadOnce(() =>
  import('../../../data/geo/regions.json').then((m) => new Map((m.default as MapRegion[]).map((r) => [r.code, r]))),
);

/** A region's name for a locale: the table's, else the boundaries' own name, else its code. */
export function regionName(code: string, regions: ReadonlyMap<string, MapRegion>, fallback: string | undefined, locale: Locale): string {
  const r = regions.get(code);
  if (r) return locale === 'en' ? r.en : r.zh;
  return fallback ?? code;
}
