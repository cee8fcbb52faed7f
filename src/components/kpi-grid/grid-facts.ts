import type { UnionDataset } from '../../dataset/union-dataset.js';
import { CATEGORIES, type Category, type Fact } from '../../dataset/types.js';
import type { WidgetProblem } from '../base/problem.js';

/** Values of the grid's `show` attribute. */
export const GRID_SHOWS = ['headline', 'all'] as const;
export type GridShow = (typeof GRID_SHOWS)[number];

export interface GridSelector {
  report: string | null;
  category: string | null;
  show: GridShow;
}

function headlineFirst(a: Fact, b: Fact): number {
  return (a.headline ?? Number.MAX_SAFE_INTEGER) - (b.headline ?? Number.MAX_SAFE_INTEGER);
}

/**
 * The facts a grid shows, in the annotations' order: headline facts by rank, then the
 * rest as the report prints them (with `show="all"`, or when a category is chosen).
 */
export function gridFacts(dataset: UnionDataset, selector: GridSelector): readonly Fact[] | WidgetProblem {
  if (!selector.report && !selector.category) return { kind: 'missing-attribute', attributes: ['report', 'category'] };
  if (selector.report) {
    const report = dataset.report(selector.report);
    if (!report.ok) return { kind: 'not-found', attribute: 'report', error: report.error };
  }
  if (selector.category && !(CATEGORIES as readonly string[]).includes(selector.category)) {
    return { kind: 'bad-attribute', attribute: 'category', value: selector.category, allowed: CATEGORIES };
  }
  const facts = dataset.facts({
    ...(selector.report ? { report: selector.report } : {}),
    ...(selector.category ? { category: selector.category as Category } : {}),
  });
  const wanted = selector.show === 'headline' && !selector.category ? facts.filter((f) => f.headline !== undefined) : [...facts];
  const list = wanted.length > 0 ? wanted : [...facts];
  if (list.length === 0) return { kind: 'empty', attribute: selector.category ? 'category' : 'report', value: selector.category ?? selector.report ?? '' };
  return [...list].sort(headlineFirst);
}
