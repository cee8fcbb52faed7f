import type { Category, CountNoun, Fact, HonorLevel, LocalizedText, Measure, Metric, Unit } from './types.js';

/** The label a fact's card shows: the fact's own when it names a body or scope, else its metric's. */
export function factLabel(fact: Fact, metric: Metric | undefined): LocalizedText {
  return fact.label ?? { zh: metric?.zh ?? fact.metric, en: metric?.en ?? fact.metric };
}

/** Whether a fact is a stock (standing at its period's end) or a flow (over its period). */
export function factMeasure(fact: Fact, metric: Metric | undefined): Measure {
  return fact.measure ?? metric?.measure ?? 'flow';
}

/** A metric's category: its own, else the first segment of its id (the dataset writes it only where they differ). */
export function metricCategory(metric: Metric): Category {
  return metric.category ?? (metric.id.split('.')[0] as Category);
}

/**
 * The level a metric's id names: the last of its three segments, where that is a level
 * ("honours.craftsmen.prefecture", "rights.harmonious-enterprises.county"). The dataset's
 * rule: an id that ends in a level counts at that level (the builder fails on one that
 * declares another or none), so a dataset need not write it twice.
 */
export function idLevel(metric: Metric): HonorLevel | undefined {
  const segments = metric.id.split('.');
  return segments.length === 3 && Object.hasOwn(LEVELS, segments[2]!) ? (segments[2] as HonorLevel) : undefined;
}

/**
 * A metric's level: its own, else the level its id names (see idLevel); the dataset writes
 * it only where the id does not say it.
 */
export function metricLevel(metric: Metric): HonorLevel | undefined {
  return metric.level ?? idLevel(metric);
}

/**
 * The levels as a record that the type checker holds to HonorLevel: read here rather than
 * HONOR_LEVELS, so that the queries, which every widget loads, do not load types.ts with it.
 */
const LEVELS: Record<HonorLevel, true> = { national: true, provincial: true, prefecture: true, county: true };

/**
 * A metric's family: its own, else, for a metric whose level is left to its id, the id's
 * middle segment ("craftsmen" in "honours.craftsmen.prefecture"); written only where they differ.
 */
export function metricFamily(metric: Metric): string | undefined {
  if (metric.family) return metric.family;
  return metric.level === undefined && idLevel(metric) ? metric.id.split('.')[1] : undefined;
}

/** Counters that reports use interchangeably for the same thing (家, 个, 所). */
const INTERCHANGEABLE_COUNTERS: ReadonlySet<Unit> = new Set(['organisation', 'unit', 'facility']);

/** Whether a figure in `quantityUnit` counts what a metric in `metricUnit` counts. */
export function unitsAgree(metricUnit: Unit, quantityUnit: Unit): boolean {
  if (metricUnit === quantityUnit) return true;
  return INTERCHANGEABLE_COUNTERS.has(metricUnit) && INTERCHANGEABLE_COUNTERS.has(quantityUnit);
}

/** The noun a fact's figure counts: its metric's, when the figure is in the metric's unit. */
export function factNoun(fact: Fact, metric: Metric | undefined): CountNoun | undefined {
  return metric?.noun && unitsAgree(metric.unit, fact.quantity.unit) ? metric.noun : undefined;
}
