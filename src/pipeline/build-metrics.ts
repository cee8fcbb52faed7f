import type { ReportAnnotation } from './annotation.js';
import type { CountNoun, Metric, Unit } from '../dataset/types.js';
import { idLevel, metricCategory, metricFamily, metricLevel } from '../dataset/wording.js';
import { pluralNoun, usualMeasureWord } from '../format/units.js';

/**
 * A count noun as the dataset writes it: `zh` only where it is not the unit's usual measure
 * word, `other` only where the plural is not `one` with an "s" (see CountNoun).
 */
export function writtenNoun(noun: CountNoun, unit: Unit): CountNoun {
  const written: CountNoun = { one: noun.one };
  if (noun.zh !== undefined && noun.zh !== usualMeasureWord(unit)) written.zh = noun.zh;
  if (pluralNoun({ one: noun.one }) !== pluralNoun(noun)) written.other = noun.other;
  return written;
}

/**
 * The metric as the dataset writes it: what follows from the rest left out (a noun's
 * defaults; a category that is the id's first segment; a level that is its last and a
 * family that is its middle one, "honours.craftsmen.prefecture"; `comparable` when false).
 */
function written(metric: Metric): Metric {
  const { category, comparable, noun, level, family, ...rest } = metric;
  const base: Metric = {
    ...rest,
    ...(category && metricCategory({ ...metric, category: undefined }) !== category ? { category } : {}),
    ...(comparable ? { comparable } : {}),
    ...(noun ? { noun: writtenNoun(noun, metric.unit) } : {}),
  };
  // The shortest form that reads back as declared: with neither, with the family only, or with both.
  const forms: Metric[] = [base, { ...base, ...(family !== undefined ? { family } : {}) }, { ...base, ...(level !== undefined ? { level } : {}), ...(family !== undefined ? { family } : {}) }];
  return forms.find((form) => metricLevel(form) === level && metricFamily(form) === family)!;
}

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
  for (const declaration of declared) {
    const named = idLevel(declaration.metric);
    if (named !== undefined && declaration.metric.level !== named) {
      // Read back, the id would give it a level it was not declared with.
      problems.push(`${declaration.where}: metric ${declaration.metric.id} ends in the level "${named}" but declares ${declaration.metric.level === undefined ? 'none' : `"${declaration.metric.level}"`}: declare level "${named}", or give it an id that does not end in a level`);
      continue;
    }
    const metric = written(declaration.metric);
    const known = metrics.get(metric.id);
    if (known && !sameMetric(known, metric)) {
      problems.push(`${declaration.where}: metric ${metric.id} is declared twice with different definitions`);
    }
    metrics.set(metric.id, metric);
  }
  return metrics;
}
