import type { Lookup } from '../../dataset/lookup.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Fact } from '../../dataset/types.js';
import type { WidgetProblem } from '../base/problem.js';

/** The attributes that choose a fact: `fact`, or `metric` + `region` (+ `report`). */
export interface FactSelector {
  fact?: string | null;
  metric?: string | null;
  region?: string | null;
  report?: string | null;
}

function problemOf<T>(attribute: string, lookup: Lookup<T>): WidgetProblem | undefined {
  return lookup.ok ? undefined : { kind: 'not-found', attribute, error: lookup.error };
}

/** The fact a widget's attributes choose, or the problem that names the attribute at fault. */
export function selectFact(dataset: UnionDataset, selector: FactSelector): Fact | WidgetProblem {
  if (selector.fact) {
    const fact = dataset.fact(selector.fact);
    return fact.ok ? fact.value : { kind: 'not-found', attribute: 'fact', error: fact.error };
  }
  if (!selector.metric || !selector.region) {
    const missing = selector.metric ? ['region'] : selector.region ? ['metric'] : ['fact', 'metric + region'];
    return { kind: 'missing-attribute', attributes: missing };
  }
  const region = dataset.region(selector.region);
  const badReport = selector.report ? problemOf('report', dataset.report(selector.report)) : undefined;
  const problem = problemOf('metric', dataset.metric(selector.metric)) ?? problemOf('region', region) ?? badReport;
  if (problem) return problem;
  const code = region.ok ? region.value.code : selector.region;
  const fact = dataset.facts({ metric: selector.metric, region: code, ...(selector.report ? { report: selector.report } : {}) })[0];
  const value = [selector.metric, selector.region, selector.report].filter(Boolean).join(' / ');
  return fact ?? { kind: 'empty', attribute: 'metric', value };
}
