import type { Dataset, Fact, HonorRoll, Metric, Region, Report } from '../types.js';

/**
 * What the loader of the embedded dataset knows before any part: the regions, and for each
 * report the regions its facts are about (to find a metric by region without loading
 * every report).
 */
export interface DatasetCore {
  schemaVersion: string;
  regions: Region[];
  /** Report id → GB/T 2260 codes of the regions its facts are about. */
  coverage: Record<string, string[]>;
  /**
   * Report id → category → the parts that hold its facts of that category: a fact's part
   * follows its id, not its metric's category (economy figures sit under skills, employment).
   */
  categories: Record<string, Record<string, string[]>>;
  /** Region code → the number of facts about it, across every report (for the county map). */
  factCounts: Record<string, number>;
}

/**
 * A slice of the embedded dataset: some facts of one report with their metrics, or a
 * report's honour rolls; each with its report. `order` holds each item's position in
 * data/dataset.json, so that merged parts list everything in the dataset's own order.
 */
export interface DatasetPart {
  reports: Report[];
  facts: Fact[];
  metrics: Metric[];
  honorRolls: HonorRoll[];
  order: { reports: number[]; facts: number[]; metrics: number[]; honorRolls: number[] };
}

function mergeInOrder<T extends { id: string }>(lists: Array<{ items: readonly T[]; order: readonly number[] }>): T[] {
  const byPosition = new Map<number, T>();
  for (const { items, order } of lists) items.forEach((item, i) => byPosition.set(order[i]!, item));
  return [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

/** The dataset made of the core and some parts, in data/dataset.json's order. */
export function mergeParts(core: DatasetCore, parts: readonly DatasetPart[]): Dataset {
  return {
    schemaVersion: core.schemaVersion,
    regions: core.regions,
    reports: mergeInOrder(parts.map((p) => ({ items: p.reports, order: p.order.reports }))),
    metrics: mergeInOrder(parts.map((p) => ({ items: p.metrics, order: p.order.metrics }))),
    facts: mergeInOrder(parts.map((p) => ({ items: p.facts, order: p.order.facts }))),
    honorRolls: mergeInOrder(parts.map((p) => ({ items: p.honorRolls, order: p.order.honorRolls }))),
  };
}
