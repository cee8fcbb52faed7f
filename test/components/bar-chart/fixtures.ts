import { embeddedDataset } from '../../../src/dataset/index.js';
import { factLabel, metricCategory, metricLevel } from '../../../src/dataset/wording.js';
import type { BarDatum } from '../../../src/components/bar-chart/layout.js';
import { formatPeriod } from '../../../src/format/index.js';

/** A report's facts of a category as bars, labelled in zh, with their metrics' levels. */
export function barsOf(report: string, category?: string): BarDatum[] {
  const ds = embeddedDataset();
  const r = ds.report(report);
  return ds.facts({ report }).flatMap((f) => {
    const m = ds.metric(f.metric);
    if (!m.ok || (category && metricCategory(m.value) !== category)) return [];
    const level = metricLevel(m.value);
    const period = f.period && r.ok && (f.period.start !== r.value.period.start || f.period.end !== r.value.period.end) ? formatPeriod(f.period, 'zh-CN') : undefined;
    return [{ id: f.id, label: factLabel(f, m.value).zh, quantity: f.quantity, ...(level ? { level } : {}), ...(period ? { period } : {}) }];
  });
}
