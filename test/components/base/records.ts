import { embeddedDataset } from '../../../src/dataset/index.js';
import type { Locale } from '../../../src/format/locale.js';
import { markRecord, type MarkRecord } from '../../../src/components/base/mark-record.js';

/** Records of a real report's facts, as a chart would make them. */
export function recordsOf(report: string, locale: Locale = 'zh-CN'): MarkRecord[] {
  const ds = embeddedDataset();
  return ds.facts({ report }).map((f) => {
    const metric = ds.metric(f.metric);
    return markRecord(f, metric.ok ? (locale === 'en' ? metric.value.en : metric.value.zh) : f.metric, ds, locale);
  });
}
