import type { Category, Metric, Unit } from '../../src/dataset/types.js';

/** A metric only one report states: not comparable across regions, no notes. */
export function localMetric(id: string, zh: string, en: string, unit: Unit, category: Category): Metric {
  return { id, zh, en, unit, category, comparable: false };
}
