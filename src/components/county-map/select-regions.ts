import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Fact } from '../../dataset/types.js';
import type { WidgetProblem } from '../base/problem.js';
import type { MapGeometry } from './map-geometry.js';
import type { MapRegion } from './map-regions.js';

/** What the map shows of the dataset: reporting regions, or one metric's values. */
export interface MapSelection {
  /** The prefecture zoomed to, when `focus` is set. */
  focus?: string;
  /** Region code → report ids issued there. */
  reports: ReadonlyMap<string, readonly string[]>;
  /** Region code → number of facts about it. */
  facts: ReadonlyMap<string, number>;
  /** With `metric`: region code → its fact (the latest report's when several state it). */
  values?: ReadonlyMap<string, Fact>;
  /** With `metric`: every fact of it, in dataset order. */
  metricFacts?: readonly Fact[];
  /** Regions the dataset names that the boundaries do not draw (known vintage differences). */
  undrawn: readonly string[];
}

const normal = (s: string) => s.trim().toLowerCase();

/** The prefecture a `focus` names: a code, or a zh or en name, of a prefecture or one of its counties. */
export function resolveFocus(key: string, regions: ReadonlyMap<string, MapRegion>, geometry: MapGeometry): string | undefined {
  const k = normal(key);
  const match = [...regions.values()].find(
    (r) =>
      r.code === k ||
      r.zh === key.trim() ||
      r.zh.replace(/[市县区]$/, '') === key.trim() ||
      normal(r.en) === k ||
      normal(r.en).replace(/ (city|county|district)$/, '') === k,
  );
  const byGeometry = match ? undefined : geometry.prefectures.find((p) => p.properties.code === k || p.properties.name === key.trim());
  const code = match?.code ?? byGeometry?.properties.code;
  if (!code || code === '330000') return undefined;
  const prefecture = code.endsWith('00') ? code : `${code.slice(0, 4)}00`;
  return geometry.prefectures.some((p) => p.properties.code === prefecture) ? prefecture : undefined;
}

/**
 * Reads the dataset for the map: which regions report, how many facts each has (`embedded`:
 * the embedded dataset's counts), and with `metric`, each region's value. Problems: an unknown metric or focus, or dataset regions the boundaries lack.
 */
export function selectRegions(
  host: { focusRegion: string | null; metric: string | null; src: string | null; geoSrc: string | null },
  dataset: UnionDataset,
  regions: ReadonlyMap<string, MapRegion>,
  geometry: MapGeometry,
  embedded: ReadonlyMap<string, number>,
): MapSelection | WidgetProblem {
  let focus: string | undefined;
  if (host.focusRegion) {
    focus = resolveFocus(host.focusRegion, regions, geometry);
    if (!focus) {
      const names = geometry.prefectures.flatMap((p) => [p.properties.code, p.properties.name, regions.get(p.properties.code)?.en ?? '']);
      const suggestions = names.filter((n) => n && normal(n).startsWith(normal(host.focusRegion!).slice(0, 1))).slice(0, 3);
      return { kind: 'not-found', attribute: 'focus', error: { kind: 'not-found', what: 'region', key: host.focusRegion, suggestions } };
    }
  }
  const lacking = dataset.data.regions
    .filter((r) => r.level !== 'province' && !geometry.byCode.has(r.code) && regions.get(r.code)?.drawn !== false)
    .map((r) => r.code);
  if (lacking.length > 0) {
    const attribute = host.src ? 'src' : 'geo-src';
    return { kind: 'geometry', attribute, url: (attribute === 'src' ? host.src : host.geoSrc) ?? '', problem: { kind: 'lacks-regions', codes: lacking } };
  }
  const reports = new Map<string, string[]>();
  for (const r of dataset.reports()) reports.set(r.region, [...(reports.get(r.region) ?? []), r.id]);
  // The embedded dataset counts its facts in its core, so that the map loads its reports
  // alone; a `src` dataset is whole, and counted here.
  let facts: ReadonlyMap<string, number> = embedded;
  if (host.src) {
    const counted = new Map<string, number>();
    for (const f of dataset.data.facts) counted.set(f.region, (counted.get(f.region) ?? 0) + 1);
    facts = counted;
  }
  const undrawn = [...new Set([...reports.keys(), ...facts.keys()])].filter((c) => c !== '330000' && !geometry.byCode.has(c));
  if (!host.metric) return { focus, reports, facts, undrawn };
  const metric = dataset.metric(host.metric);
  if (!metric.ok) return { kind: 'not-found', attribute: 'metric', error: metric.error };
  const metricFacts = dataset.facts({ metric: host.metric });
  const end = (f: Fact) => f.period?.end ?? (dataset.report(f.report).ok ? (dataset.report(f.report) as { value: { period: { end: string } } }).value.period.end : '');
  const values = new Map<string, Fact>();
  for (const f of metricFacts) {
    const known = values.get(f.region);
    if (!known || end(f) > end(known)) values.set(f.region, f);
  }
  return { focus, reports, facts, values, metricFacts, undrawn: undrawn.filter((c) => values.has(c)) };
}
