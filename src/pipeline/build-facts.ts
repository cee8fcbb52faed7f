import type { FactAnnotation, ReportAnnotation } from './annotation.js';
import type { BuildContext } from './build-context.js';
import { buildPeriod } from './build-report.js';
import { checkFactWording } from './check-wording.js';
import { locateQuote } from './locate.js';
import type { FoundQuantity } from './quantity.js';
import type { Fact, Quantity, Report } from '../dataset/types.js';
import { unitsAgree } from '../dataset/wording.js';

function pickFigure(
  annotation: FactAnnotation,
  inQuote: FoundQuantity[],
): FoundQuantity | string {
  const counts = inQuote.filter((q) => q.kind === 'count');
  if (annotation.figure !== undefined) {
    const matches = counts.filter((q) => q.text === annotation.figure);
    if (matches.length === 1) return matches[0]!;
    const printed = counts.map((q) => q.text).join(', ') || 'none';
    return matches.length === 0
      ? `figure "${annotation.figure}" is not a quantity in the quote (quantities: ${printed})`
      : `figure "${annotation.figure}" stands ${matches.length} times in the quote`;
  }
  if (counts.length === 1) return counts[0]!;
  if (counts.length === 0) return 'the quote holds no quantity';
  return `the quote holds ${counts.length} quantities (${counts.map((q) => q.text).join(', ')}): name one as "figure"`;
}

function toQuantity(found: FoundQuantity): Quantity {
  const { kind: _kind, start: _start, end: _end, ...quantity } = found;
  return quantity;
}

/** Makes one fact from its annotation, or records why it cannot. */
function buildFact(
  annotation: FactAnnotation,
  report: Report,
  found: FoundQuantity[],
  context: BuildContext,
): Fact | undefined {
  const where = `fact ${annotation.metric}${annotation.key ? `.${annotation.key}` : ''}`;
  const metric = context.metrics.get(annotation.metric);
  if (!metric) context.problems.push(`${where}: unknown metric`);
  const at = locateQuote(context.normalized.text, annotation.quote);
  if (!at.ok) {
    const detail = at.problem === 'missing' ? 'is not in the text' : `stands ${at.count} times in the text`;
    context.problems.push(`${where}: quote "${annotation.quote}" ${detail}`);
    return undefined;
  }
  const figure = pickFigure(annotation, found.filter((q) => q.start >= at.start && q.end <= at.end));
  if (typeof figure === 'string') {
    context.problems.push(`${where}: ${figure}`);
    return undefined;
  }
  if (metric && !unitsAgree(metric.unit, figure.unit)) {
    context.problems.push(`${where}: figure "${figure.text}" is in ${figure.unit}, the metric in ${metric.unit}`);
  }
  const region = annotation.region ?? report.region;
  if (!context.regionCodes.has(region)) context.problems.push(`${where}: unknown region ${region}`);
  const fact: Fact = {
    id: [report.id, annotation.metric, annotation.key].filter(Boolean).join('.'),
    report: report.id,
    region,
    metric: annotation.metric,
    quantity: toQuantity(figure),
    source: {
      start: at.start,
      quote: annotation.quote,
      figureStart: figure.start - at.start,
    },
  };
  if (annotation.period) fact.period = buildPeriod(annotation.period, context, where);
  if (annotation.headline !== undefined) fact.headline = annotation.headline;
  if (annotation.note) fact.note = annotation.note;
  if (annotation.label) fact.label = annotation.label;
  // Written only where it differs from the metric's, so the dataset says each thing once.
  if (annotation.measure && annotation.measure !== (metric?.measure ?? 'flow')) fact.measure = annotation.measure;
  return fact;
}

/** The report's facts; ids must be unique. */
export function buildFacts(
  annotation: ReportAnnotation,
  report: Report,
  found: FoundQuantity[],
  context: BuildContext,
): Fact[] {
  const facts: Fact[] = [];
  const ids = new Set<string>();
  for (const factAnnotation of annotation.facts) {
    const fact = buildFact(factAnnotation, report, found, context);
    if (!fact) continue;
    checkFactWording(fact, factAnnotation, context.metrics.get(fact.metric), report, context);
    if (ids.has(fact.id)) context.problems.push(`fact id ${fact.id} is used twice: give one a "key"`);
    ids.add(fact.id);
    facts.push(fact);
  }
  return facts;
}
