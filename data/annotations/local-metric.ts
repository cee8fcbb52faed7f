import type { Category, CountNoun, Metric, Unit } from '../../src/dataset/types.js';

/** A metric only one report states: not comparable across regions; `more` adds notes, measure, level, noun. */
export function localMetric(id: string, zh: string, en: string, unit: Unit, category: Category, more: Partial<Metric> = {}): Metric {
  return { id, zh, en, unit, category, comparable: false, ...more };
}

/** The noun a metric counts: its zh measure word, and the en noun for one and for many. */
export function noun(zh: string, one: string, other: string): CountNoun {
  return { zh, one, other };
}
