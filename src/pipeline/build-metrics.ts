import type { ReportAnnotation } from './annotation.js';
import type { Metric } from '../dataset/types.js';

function sameMetric(a: Metric, b: Metric): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The shared metrics and each report's own, by id; a clash of definitions is a problem. */
export function mergeMetrics(
  shared: Metric[],
  annotations: ReportAnnotation[],
  problems: string[],
): Map<string, Metric> {
  const metrics = new Map<string, Metric>();
  const declared = [
    ...shared.map((metric) => ({ metric, where: 'metrics.ts' })),
    ...annotations.flatMap((a) => (a.metrics ?? []).map((metric) => ({ metric, where: a.report.id }))),
  ];
  for (const { metric, where } of declared) {
    const known = metrics.get(metric.id);
    if (known && !sameMetric(known, metric)) {
      problems.push(`${where}: metric ${metric.id} is declared twice with different definitions`);
    }
    metrics.set(metric.id, metric);
  }
  return metrics;
}
