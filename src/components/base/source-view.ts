import { figureSpan } from '../../dataset/spans.js';
import type { Fact, HonorRoll, Metric, Report } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { factLabel, factMeasure } from '../../dataset/wording.js';
import { formatAsOf, formatPeriod, formatQuantity, roundsQuantity, type FormatOptions } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';

/** What a source popover shows: a passage of the report with a span marked, and what to know about it. */
export interface SourceView {
  /** The passage (normalised text of the report). */
  quote: string;
  /** The marked span (the figure, or a list's heading), as offsets in `quote`. */
  markStart: number;
  markEnd: number;
  report: Report;
  /** The time the figure covers: "2018—2023年", "截至2023年". */
  time: string;
  /** What the popover is the source of, for its accessible name. */
  label: string;
  /** Lines a reader must read with the figure: the figure as printed, notes on it and its metric. */
  notes: readonly string[];
}

const PRINTED = { 'zh-CN': '报告原文：', en: 'As printed: ' } as const;
const LISTED = {
  'zh-CN': (count: string) => `报告在此标题下列出${count}。`,
  en: (count: string) => `The report lists ${count} under this heading.`,
} as const;

const pick = (text: { zh: string; en: string } | undefined, locale: Locale): string | undefined =>
  text && (locale === 'en' ? text.en : text.zh);

/** A fact's time as its card and popover show it: a stock at its period's end, a flow over its span. */
export function factTime(fact: Fact, metric: Metric | undefined, report: Report, locale: Locale): string {
  const period = fact.period ?? report.period;
  return factMeasure(fact, metric) === 'stock' ? formatAsOf(period.end, locale) : formatPeriod(period, locale);
}

/** The figure in full as the report printed it, when the card rounds it. */
function printedLine(fact: Fact, options: FormatOptions): string | undefined {
  if (!roundsQuantity(fact.quantity, options)) return undefined;
  const full = options.locale === 'en' ? `${formatQuantity(fact.quantity, { ...options, notation: 'full' })} (${fact.quantity.text})` : fact.quantity.text;
  return `${PRINTED[options.locale]}${full}`;
}

/** The source of a fact: its quote with the figure marked, the figure as printed, its notes. */
export function factSourceView(fact: Fact, metric: Metric | undefined, report: Report, options: FormatOptions, label?: string): SourceView {
  const { locale } = options;
  const figure = figureSpan(fact);
  const notes = [printedLine(fact, options), pick(fact.note, locale), pick(metric?.notes, locale)].filter((n): n is string => !!n);
  return {
    quote: fact.source.quote,
    markStart: figure.start,
    markEnd: figure.end,
    report,
    time: factTime(fact, metric, report, locale),
    label: label ?? pick(factLabel(fact, metric), locale)!,
    notes,
  };
}

/** The source of a count made from a printed list: the list's heading; none when the roll has no heading. */
export function rollSourceView(roll: HonorRoll, report: Report, count: string, locale: Locale): SourceView | undefined {
  if (!roll.heading) return undefined;
  return {
    quote: roll.heading.quote,
    markStart: 0,
    markEnd: roll.heading.quote.length,
    report,
    time: roll.year ? formatPeriod({ start: String(roll.year), end: String(roll.year) }, locale) : formatPeriod(report.period, locale),
    label: pick(roll.award, locale)!,
    notes: [LISTED[locale](count)],
  };
}

/** The source of a fact of `dataset`, its metric looked up there: for charts and maps that hold facts. */
export function factSourceIn(dataset: UnionDataset, fact: Fact, report: Report, options: FormatOptions, label?: string): SourceView {
  const metric = dataset.metric(fact.metric);
  return factSourceView(fact, metric.ok ? metric.value : undefined, report, options, label);
}
