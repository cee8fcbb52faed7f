import { embeddedDataset } from '../../../src/dataset/index.js';
import { HONOR_LEVELS, type Dataset, type HonorLevel, type Metric } from '../../../src/dataset/types.js';
import type { BarDatum } from '../../../src/components/bar-chart/layout.js';
import { formatPeriod } from '../../../src/format/index.js';

/**
 * The honour level of a metric, read from its id's suffix. Only for tests, until `Metric`
 * carries `level` as data (issue 7, "Level as data"): shipped code reads `metric.level`.
 */
export function levelFromId(metric: Pick<Metric, 'id'>): HonorLevel | undefined {
  const suffix = metric.id.split('.').find((part) => (HONOR_LEVELS as readonly string[]).includes(part));
  return suffix as HonorLevel | undefined;
}

/**
 * The embedded dataset with `level` and `family` on every honour metric whose id names a
 * level ("honours.model-workers.national": family "model-workers"), as issue 7's data change
 * will give them.
 */
export function datasetWithLevels(): Dataset {
  const data = structuredClone(embeddedDataset().data) as Dataset;
  for (const metric of data.metrics) {
    const level = metric.category === 'honours' ? levelFromId(metric) : undefined;
    if (level) Object.assign(metric, { level, family: metric.id.split('.')[1] });
  }
  return data;
}

/** A report's facts of a category as bars, labelled in zh, levels from the fixture. */
export function barsOf(report: string, category?: string): BarDatum[] {
  const ds = embeddedDataset();
  const r = ds.report(report);
  return ds.facts({ report }).flatMap((f) => {
    const m = ds.metric(f.metric);
    if (!m.ok || (category && m.value.category !== category)) return [];
    const level = levelFromId(m.value);
    const period = f.period && r.ok && (f.period.start !== r.value.period.start || f.period.end !== r.value.period.end) ? formatPeriod(f.period, 'zh-CN') : undefined;
    return [{ id: f.id, label: m.value.zh, quantity: f.quantity, ...(level ? { level } : {}), ...(period ? { period } : {}) }];
  });
}
