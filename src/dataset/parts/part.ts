import type { Dataset, Fact, HonorRoll, Metric, Period, Region, Report } from '../types.js';

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

/** Where a report's text came from and what supports its period: no widget shows it. */
export type ReportProvenance = Pick<Report, 'id' | 'file' | 'sha256'> & Pick<Period, 'evidence'>;

/** A report as a part carries it: without its provenance, which rides in the provenance part. */
export type PartReport = Omit<Report, 'file' | 'sha256' | 'period'> & { period: Omit<Period, 'evidence'> };

/**
 * A fact as a part carries it: what its part says already is left out. `report` defaults
 * to the part's report, `region` to the report's, and `id` to "<report>.<metric>".
 */
export type PartFact = Omit<Fact, 'id' | 'report' | 'region'> & Partial<Pick<Fact, 'id' | 'report' | 'region'>>;

/**
 * A slice of the embedded dataset: some facts of one report with their metrics, or a
 * report's honour rolls; each with its report. `order` holds each item's position in
 * data/dataset.json, so that merged parts list everything in the dataset's own order. The
 * provenance part holds every report's provenance (see ReportProvenance) and nothing else.
 */
export interface DatasetPart {
  reports: PartReport[];
  facts: PartFact[];
  metrics: Metric[];
  honorRolls: HonorRoll[];
  order: { reports: number[]; facts: number[]; metrics: number[]; honorRolls: number[] };
  provenance?: ReportProvenance[];
}

/** The key of the part that holds every report's provenance. */
export const PROVENANCE_PART = 'provenance';

/** A report as its parts carry it, and its provenance apart. */
export function splitReport(report: Report): { report: PartReport; provenance: ReportProvenance } {
  const { file, sha256, period, ...rest } = report;
  const { evidence, ...time } = period;
  return { report: { ...rest, period: time }, provenance: { id: report.id, file, sha256, evidence } };
}

/** A fact as its part carries it (see PartFact). */
export function slimFact(fact: Fact, report: Pick<Report, 'id' | 'region'>): PartFact {
  const { id, report: _report, region, ...rest } = fact;
  return {
    ...(id === `${report.id}.${fact.metric}` ? {} : { id }),
    ...(region === report.region ? {} : { region }),
    ...rest,
  };
}

/** The fact of a part whose report is `report`, whole again. */
function wholeFact(fact: PartFact, report: PartReport | undefined): Fact {
  const reportId = fact.report ?? report?.id ?? '';
  return { ...fact, id: fact.id ?? `${reportId}.${fact.metric}`, report: reportId, region: fact.region ?? report?.region ?? '' };
}

function mergeInOrder<T>(lists: Array<{ items: readonly T[]; order: readonly number[] }>): T[] {
  const byPosition = new Map<number, T>();
  for (const { items, order } of lists) items.forEach((item, i) => byPosition.set(order[i]!, item));
  return [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

/**
 * The dataset made of the core and some parts, in data/dataset.json's order. Its reports
 * carry their provenance when the provenance part is among the parts (the whole dataset
 * always has it): the widgets, which load a few parts, never read it.
 */
export function mergeParts(core: DatasetCore, parts: readonly DatasetPart[]): Dataset {
  const provenance = new Map(parts.flatMap((p) => p.provenance ?? []).map((p) => [p.id, p]));
  const reports = mergeInOrder(parts.map((p) => ({ items: p.reports, order: p.order.reports }))).map((report): Report => {
    const found = provenance.get(report.id);
    if (!found) return report as Report;
    return { ...report, period: { ...report.period, evidence: found.evidence }, file: found.file, sha256: found.sha256 };
  });
  return {
    schemaVersion: core.schemaVersion,
    regions: core.regions,
    reports,
    metrics: mergeInOrder(parts.map((p) => ({ items: p.metrics, order: p.order.metrics }))),
    facts: mergeInOrder(parts.map((p) => ({ items: p.facts.map((f) => wholeFact(f, p.reports[0])), order: p.order.facts }))),
    honorRolls: mergeInOrder(parts.map((p) => ({ items: p.honorRolls, order: p.order.honorRolls }))),
  };
}
