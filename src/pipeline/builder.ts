import type { ReportAnnotation } from './annotation.js';
import { buildHonorRolls } from './build-honor-rolls.js';
import { accountQuantities, type ReportCoverage } from './coverage.js';
import { buildFacts } from './build-facts.js';
import { mergeMetrics } from './build-metrics.js';
import { normalizeReportText } from './normalize.js';
import { findQuantities } from './quantity.js';
import { buildReport } from './build-report.js';
import { checkAwardNames, checkDistinctLabels, checkEnglishQuotes } from './check-wording.js';
import type { Dataset, Fact, HonorRoll, Metric, Region, Report } from '../dataset/types.js';

/** The version of the data contract this builder writes. */
// 1.1.0: a metric's familyName; its level and family written only where its id does not say them.
export const SCHEMA_VERSION = '1.1.0';

/** Everything the builder reads: the annotations, and each report's raw text and hash. */
export interface BuildInput {
  regions: Region[];
  sharedMetrics: Metric[];
  annotations: ReportAnnotation[];
  /** Raw text and SHA-256 of each report's file, by report id. */
  sources: Record<string, { raw: string; sha256: string }>;
}

export interface BuildResult {
  dataset: Dataset;
  coverage: ReportCoverage[];
}

/** Every problem the build met; the build stops only after collecting all of them. */
export class DatasetBuildError extends Error {
  constructor(
    readonly problems: string[],
    readonly coverage: ReportCoverage[],
  ) {
    super(`The dataset cannot be built:\n- ${problems.join('\n- ')}`);
    this.name = 'DatasetBuildError';
  }
}

/**
 * Builds the dataset from annotated reports. Every figure is parsed out of its quote;
 * throws a DatasetBuildError that lists every missing or ambiguous quote, quote without
 * a figure, honour-roll name not in the text, quantity neither a fact nor set aside,
 * straight quote in an English text, and award with two English names.
 */
export function buildDataset(input: BuildInput): BuildResult {
  const problems: string[] = [];
  const metrics = mergeMetrics(input.sharedMetrics, input.annotations, problems);
  const regionCodes = new Set(input.regions.map((r) => r.code));
  const regionIndex = new Map(input.regions.map((r) => [r.code, r]));
  const reports: Report[] = [];
  const facts: Fact[] = [];
  const honorRolls: HonorRoll[] = [];
  const coverage: ReportCoverage[] = [];

  for (const annotation of input.annotations) {
    const id = annotation.report.id;
    const source = input.sources[id];
    if (!source) {
      problems.push(`${id}: no source text was given`);
      continue;
    }
    const normalized = normalizeReportText(source.raw);
    const context = { normalized, problems: [] as string[], metrics, regionCodes, regions: regionIndex };
    const report = buildReport(annotation.report, source.sha256, context);
    const found = findQuantities(normalized.text);
    const reportFacts = buildFacts(annotation, report, found, context);
    checkDistinctLabels(reportFacts, report, metrics, context.problems);
    coverage.push(accountQuantities(annotation, found, reportFacts, context));
    honorRolls.push(...buildHonorRolls(annotation, context));
    problems.push(...context.problems.map((p) => `${id}: ${p}`));
    reports.push(report);
    facts.push(...reportFacts);
  }

  checkEnglishQuotes({ reports, metrics: metrics.values(), facts, honorRolls }, problems);
  checkAwardNames(honorRolls, problems);
  const unaccounted = coverage.reduce((sum, c) => sum + c.unaccounted.length, 0);
  if (unaccounted > 0) problems.push(`${unaccounted} quantities are neither a fact nor set aside (listed in the coverage table)`);
  if (problems.length > 0) throw new DatasetBuildError(problems, coverage);
  const usedMetrics = new Set(facts.map((f) => f.metric));
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      regions: input.regions,
      reports,
      metrics: [...metrics.values()].filter((m) => usedMetrics.has(m.id)),
      facts,
      honorRolls,
    },
    coverage,
  };
}
