import { deepFreeze } from './freeze.js';
import { found, notFound, type Lookup } from './lookup.js';
import type { Category, Dataset, Fact, HonorLevel, HonorRoll, Metric, Region, Report } from './types.js';
import { metricCategory, metricFamily, metricLevel } from './wording.js';

/** Which facts to list; every given field must match. */
export interface FactFilter {
  metric?: string;
  /** A GB/T 2260 code, or a region's zh or en name. */
  region?: string;
  report?: string;
  category?: Category;
  /** Only the headline facts, in headline order. */
  headline?: boolean;
  /** The family a metric counts at every level, e.g. "model-workers". */
  family?: string;
  /** The level of the body that confers an honour or rating. */
  level?: HonorLevel;
}

/** Which honour rolls to list; every given field must match. */
export interface HonorRollFilter {
  level?: HonorLevel;
  year?: number;
  report?: string;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * A dataset to query: facts, reports, metrics, regions and honour rolls. Its data is
 * frozen. Lookups by key return a `Lookup` ({ ok, value } or { ok: false, error }).
 *
 * @example
 * const ds = embeddedDataset();
 * const fact = ds.fact('yiwu-2020.rest-recuperation.participants');
 * if (fact.ok) console.log(fact.value.quantity.value);
 */
export class UnionDataset {
  readonly data: Readonly<Dataset>;
  private readonly factIndex: Map<string, Fact>;
  private readonly reportIndex: Map<string, Report>;
  private readonly metricIndex: Map<string, Metric>;
  private readonly rollIndex: Map<string, HonorRoll>;

  /** Wraps a dataset that is already valid; use `datasetFromJSON` for one from outside. */
  constructor(data: Dataset) {
    this.data = deepFreeze(data);
    this.factIndex = byId(data.facts);
    this.reportIndex = byId(data.reports);
    this.metricIndex = byId(data.metrics);
    this.rollIndex = byId(data.honorRolls);
  }

  fact(id: string): Lookup<Fact> {
    const fact = this.factIndex.get(id);
    return fact ? found(fact) : notFound('fact', id, this.factIndex.keys());
  }

  report(id: string): Lookup<Report> {
    const report = this.reportIndex.get(id);
    return report ? found(report) : notFound('report', id, this.reportIndex.keys());
  }

  metric(id: string): Lookup<Metric> {
    const metric = this.metricIndex.get(id);
    return metric ? found(metric) : notFound('metric', id, this.metricIndex.keys());
  }

  honorRoll(id: string): Lookup<HonorRoll> {
    const roll = this.rollIndex.get(id);
    return roll ? found(roll) : notFound('honor-roll', id, this.rollIndex.keys());
  }

  /** A region by GB/T 2260 code, or by its zh or en name ("义乌市", "义乌", "Yiwu"). */
  region(key: string): Lookup<Region> {
    const wanted = key.trim().toLowerCase();
    const region = this.data.regions.find(
      (r) => r.code === wanted || r.zh === key.trim() || r.zh.replace(/[市县区省]$/, '') === key.trim() || r.en.toLowerCase() === wanted,
    );
    return region ? found(region) : notFound('region', key, this.data.regions.flatMap((r) => [r.code, r.zh, r.en]));
  }

  /** The regions whose parent is `code`. */
  regionChildren(code: string): readonly Region[] {
    return this.data.regions.filter((r) => r.parent === code);
  }

  /** Facts matching every field of the filter, in dataset order (headline order with `headline`). */
  facts(filter: FactFilter = {}): readonly Fact[] {
    const region = filter.region === undefined ? undefined : this.region(filter.region);
    if (region && !region.ok) return [];
    const code = region?.value.code;
    const list = this.data.facts.filter(
      (f) =>
        (filter.metric === undefined || f.metric === filter.metric) &&
        (code === undefined || f.region === code) &&
        (filter.report === undefined || f.report === filter.report) &&
        this.metricMatches(f.metric, filter) &&
        (!filter.headline || f.headline !== undefined),
    );
    return filter.headline ? list.sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0)) : list;
  }

  private metricMatches(id: string, filter: FactFilter): boolean {
    if (filter.category === undefined && filter.family === undefined && filter.level === undefined) return true;
    const metric = this.metricIndex.get(id);
    return (
      (filter.category === undefined || (metric && metricCategory(metric)) === filter.category) &&
      (filter.family === undefined || (metric && metricFamily(metric)) === filter.family) &&
      (filter.level === undefined || (metric && metricLevel(metric)) === filter.level)
    );
  }

  /** The one fact of a metric in a region (and report); not found when there is none. */
  findFact(metric: string, region: string, report?: string): Lookup<Fact> {
    const matches = this.facts(report === undefined ? { metric, region } : { metric, region, report });
    const key = [metric, region, report].filter(Boolean).join(' / ');
    return matches[0] ? found(matches[0]) : notFound('fact', key, this.facts({ metric }).map((f) => f.id));
  }

  reports(): readonly Report[] {
    return this.data.reports;
  }

  metrics(): readonly Metric[] {
    return this.data.metrics;
  }

  /** Honour rolls matching every field of the filter. */
  honorRolls(filter: HonorRollFilter = {}): readonly HonorRoll[] {
    return this.data.honorRolls.filter(
      (r) =>
        (filter.level === undefined || r.level === filter.level) &&
        (filter.year === undefined || r.year === filter.year) &&
        (filter.report === undefined || r.report === filter.report),
    );
  }
}
