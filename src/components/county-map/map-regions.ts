import type { Locale } from '../../format/locale.js';

/** A row of data/geo/regions.json: every county-level unit of today, with its en name. */
export interface MapRegion {
  code: string;
  zh: string;
  en: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string;
  drawn?: false;
}

let table: Promise<ReadonlyMap<string, MapRegion>> | undefined;

/** The region table, loaded with the map (never by the KPI widgets). */
export function loadRegionTable(): Promise<ReadonlyMap<string, MapRegion>> {
  table ??= import('../../../data/geo/regions.json').then((m) => new Map((m.default as MapRegion[]).map((r) => [r.code, r])));
  return table;
}

/** A region's name for a locale: the table's, else the boundaries' own name, else its code. */
export function regionName(code: string, regions: ReadonlyMap<string, MapRegion>, fallback: string | undefined, locale: Locale): string {
  const r = regions.get(code);
  if (r) return locale === 'en' ? r.en : r.zh;
  return fallback ?? code;
}
