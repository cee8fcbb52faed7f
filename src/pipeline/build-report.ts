import type { PeriodAnnotation, ReportMeta } from './annotation.js';
import type { BuildContext } from './build-context.js';
import { locateQuote } from './locate.js';
import type { Period, Report } from '../dataset/types.js';

/** Checks a period's evidence: each quote must stand in the text. */
export function buildPeriod(period: PeriodAnnotation, context: BuildContext, where: string): Period {
  for (const quote of period.evidence) {
    const at = locateQuote(context.normalized.text, quote);
    if (!at.ok && at.problem === 'missing') {
      context.problems.push(`${where}: period evidence "${quote}" is not in the text`);
    }
  }
  if (period.start > period.end) context.problems.push(`${where}: period starts after it ends`);
  return { ...period, evidence: [...period.evidence] };
}

/** The report's record, after checking its file's hash and its region. */
export function buildReport(meta: ReportMeta, sha256: string, context: BuildContext): Report {
  if (meta.sha256 !== sha256) {
    context.problems.push(
      `data/reports/${meta.file} has SHA-256 ${sha256}, but its annotation records ${meta.sha256}: the source changed`,
    );
  }
  if (!context.regionCodes.has(meta.region)) context.problems.push(`unknown region ${meta.region}`);
  const { period, file, ...rest } = meta;
  return {
    ...rest,
    period: buildPeriod(period, context, 'report period'),
    file: `data/reports/${file}`,
    sha256,
  };
}
