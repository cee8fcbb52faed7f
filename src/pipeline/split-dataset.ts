import { factsPartKey, groupOf, REPORTS_PART, rollsPartKey } from '../dataset/parts/keys.js';
import { PROVENANCE_PART, slimFact, splitReport, type DatasetCore, type DatasetPart, type PartReport } from '../dataset/parts/part.js';
import type { Dataset, Fact, Report } from '../dataset/types.js';
import { metricCategory } from '../dataset/wording.js';

/** A generated file, relative to src/dataset/parts/generated/. */
export interface GeneratedFile {
  path: string;
  content: string;
}

const OTHER = 'other';
const json = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

/** A part as the split builds it, with whole reports and facts; slimmed when written. */
interface PartDraft {
  reports: Report[];
  facts: Fact[];
  metrics: DatasetPart['metrics'];
  honorRolls: DatasetPart['honorRolls'];
  order: DatasetPart['order'];
}

/**
 * Splits the built dataset for widgets that load only what they show: a core (regions, the
 * regions and parts each report's facts are in: what finds the parts of anything but a
 * fact named by its id; and the number of facts about each region), a part of every report
 * alone, a part per report and fact group (its report, its facts and their metrics), a part
 * per report's honour rolls (with its report), a part with every report's provenance (its
 * file, SHA-256 and period evidence: the widgets never show it, so it is not repeated in
 * every part), and an index module that imports each part on demand. A part leaves out
 * what it says already (see PartFact). Derived from the dataset alone, deterministic: the same dataset gives
 * the same files.
 */
export function splitDataset(dataset: Dataset): GeneratedFile[] {
  const metricPosition = new Map(dataset.metrics.map((m, i) => [m.id, i]));
  const reportPosition = new Map(dataset.reports.map((r, i) => [r.id, i]));
  const parts = new Map<string, PartDraft>();
  const part = (key: string, report?: string): PartDraft => {
    let p = parts.get(key);
    if (!p) {
      p = { reports: [], facts: [], metrics: [], honorRolls: [], order: { reports: [], facts: [], metrics: [], honorRolls: [] } };
      const position = report === undefined ? undefined : reportPosition.get(report);
      if (position !== undefined) {
        p.reports.push(dataset.reports[position]!);
        p.order.reports.push(position);
      }
      parts.set(key, p);
    }
    return p;
  };
  const coverage: Record<string, string[]> = Object.fromEntries(dataset.reports.map((r) => [r.id, [r.region]]));
  const categories: Record<string, Record<string, string[]>> = {};

  dataset.facts.forEach((fact, i) => {
    // A fact whose id does not start with its report's is still shipped; widgets find it by
    // loading every part.
    const key = factsPartKey(fact.report, groupOf(fact.id, `${fact.report}.`) ?? OTHER);
    const p = part(key, fact.report);
    p.facts.push(fact);
    p.order.facts.push(i);
    const position = metricPosition.get(fact.metric);
    if (position !== undefined && !p.order.metrics.includes(position)) {
      p.metrics.push(dataset.metrics[position]!);
      p.order.metrics.push(position);
    }
    const category = position === undefined ? undefined : metricCategory(dataset.metrics[position]!);
    if (category) {
      const keys = ((categories[fact.report] ??= {})[category] ??= []);
      if (!keys.includes(key)) keys.push(key);
    }
    const regions = (coverage[fact.report] ??= []);
    if (!regions.includes(fact.region)) regions.push(fact.region);
  });
  // Every report without facts or rolls, for a widget that shows where reports come from
  // (the county map), with the number of facts about each region in the core.
  const summary = part(REPORTS_PART);
  dataset.reports.forEach((r, i) => {
    summary.reports.push(r);
    summary.order.reports.push(i);
  });
  const factCounts: Record<string, number> = {};
  for (const fact of dataset.facts) factCounts[fact.region] = (factCounts[fact.region] ?? 0) + 1;
  dataset.honorRolls.forEach((roll, i) => {
    const p = part(rollsPartKey(roll.report), roll.report);
    p.honorRolls.push(roll);
    p.order.honorRolls.push(i);
  });
  // Reports and metrics that nothing else carries ride in a part of their own, so that all
  // the parts together are the dataset.
  const carried = [...parts.values()].filter((p) => p !== summary);
  const spare = part('unreferenced');
  dataset.reports.forEach((r, i) => {
    if (carried.some((p) => p.reports.includes(r))) return;
    spare.reports.push(r);
    spare.order.reports.push(i);
  });
  dataset.metrics.forEach((m, i) => {
    if (carried.some((p) => p.metrics.includes(m))) return;
    spare.metrics.push(m);
    spare.order.metrics.push(i);
  });
  if (spare.reports.length + spare.metrics.length === 0) parts.delete('unreferenced');
  for (const p of parts.values()) sortByOrder(p);

  for (const byCategory of Object.values(categories)) for (const keys of Object.values(byCategory)) keys.sort();
  const core: DatasetCore = { schemaVersion: dataset.schemaVersion, regions: dataset.regions, coverage, categories, factCounts };
  const written = new Map([...parts].map(([key, p]) => [key, slimPart(p)]));
  written.set(PROVENANCE_PART, {
    reports: [],
    facts: [],
    metrics: [],
    honorRolls: [],
    order: { reports: [], facts: [], metrics: [], honorRolls: [] },
    provenance: dataset.reports.map((r) => splitReport(r).provenance),
  });
  const keys = [...written.keys()].sort();
  const index = [
    '// Generated by `npm run data` from data/dataset.json (src/pipeline/split-dataset.ts). Do not edit.',
    '',
    '/** The version of the schema the parts follow. */',
    `export const schemaVersion = ${JSON.stringify(dataset.schemaVersion)};`,
    '',
    '/** The core (regions, and where each report\'s facts are): loaded when a widget asks for more than a fact by id. */',
    "export const core = (): Promise<{ default: unknown }> => import('./core.json');",
    '',
    '/** Every part of the embedded dataset, by key, each loaded on demand. */',
    'export const parts: Record<string, () => Promise<{ default: unknown }>> = {',
    ...keys.map((key) => `  '${key}': () => import('./${key}.json'),`),
    '};',
    '',
  ].join('\n');
  return [
    { path: 'index.ts', content: index },
    { path: 'core.json', content: json(core) },
    ...keys.map((key) => ({ path: `${key}.json`, content: json(written.get(key)) })),
  ];
}

/** A part as written: its reports without provenance, its facts without what the part says. */
function slimPart(p: PartDraft): DatasetPart {
  const [report] = p.reports;
  const reports: PartReport[] = p.reports.map((r) => splitReport(r).report);
  return { ...p, reports, facts: report ? p.facts.map((f) => slimFact(f, report)) : p.facts };
}

function sortByOrder(p: PartDraft): void {
  const pairs = p.metrics.map((m, i) => [m, p.order.metrics[i]!] as const).sort((a, b) => a[1] - b[1]);
  p.metrics = pairs.map(([m]) => m);
  p.order.metrics = pairs.map(([, i]) => i);
}
