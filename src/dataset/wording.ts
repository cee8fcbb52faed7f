import type { Fact, LocalizedText, Measure, Metric } from './types.js';

/** The label a fact's card shows: the fact's own when it names a body or scope, else its metric's. */
export function factLabel(fact: Fact, metric: Metric | undefined): LocalizedText {
  return fact.label ?? { zh: metric?.zh ?? fact.metric, en: metric?.en ?? fact.metric };
}

/** Whether a fact is a stock (standing at its period's end) or a flow (over its period). */
export function factMeasure(fact: Fact, metric: Metric | undefined): Measure {
  return fact.measure ?? metric?.measure ?? 'flow';
}
