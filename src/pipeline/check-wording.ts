import type { FactAnnotation } from './annotation.js';
import type { BuildContext } from './build-context.js';
import { quoteSpan } from '../dataset/spans.js';
import type { Fact, HonorLevel, Metric, Region, Report } from '../dataset/types.js';
import { factLabel, factMeasure } from '../dataset/wording.js';

/**
 * The rules that keep a card from telling a reader more or less than its quote: each is
 * checked on the annotations, and the build fails on a breach.
 */

/** Words that state a figure per year. */
const PER_YEAR = /年均|每年/;
const PER_YEAR_EN = /\b(yearly|a year|per year|each year|every year|annual)\b/i;
/**
 * Words that can mark a stock (目前全市共有…) or the end of a flow (截至12月底，共接待…): a fact
 * in their clause must say which it is.
 */
const EITHER_MEASURE = /目前|截至|已有|现有|当前/;

/** The clause the quote ends, from the last full stop, semicolon or line break before it. */
function clauseUpTo(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[。；！？\n]/.test(text[from - 1]!)) from -= 1;
  return text.slice(from, end);
}

const shortName = (region: Region): string => region.zh.replace(/[省市县区]$/, '');

/** The words a label may use to name a level, for a fact of `report`. */
function levelWords(level: HonorLevel, report: Region, regions: ReadonlyMap<string, Region>): { zh: RegExp; en: RegExp } {
  const parent = report.parent ? regions.get(report.parent) : undefined;
  if (level === 'national') return { zh: /全国|国家级/, en: /national/i };
  if (level === 'provincial') return { zh: /省|浙江/, en: /provincial|Zhejiang/i };
  // In a county's report, 市级 would read as the county-level city's own level: name the prefecture.
  if (level === 'prefecture' && report.level === 'county' && parent) {
    return { zh: new RegExp(`${shortName(parent)}|八婺`), en: new RegExp(parent.en, 'i') };
  }
  if (level === 'prefecture') return { zh: /市|八婺/, en: /prefecture|Jinhua|Hangzhou/i };
  return { zh: new RegExp(`县|${shortName(report)}`), en: new RegExp(`county|${report.en}`, 'i') };
}

/** Checks one fact's label and measure against its quote. */
export function checkFactWording(fact: Fact, annotation: FactAnnotation, metric: Metric | undefined, report: Report, context: BuildContext): void {
  const where = `fact ${fact.id}`;
  const label = factLabel(fact, metric);
  const clause = clauseUpTo(context.normalized.text, fact.source.start, quoteSpan(fact.source).end);
  if (PER_YEAR.test(clause) && !(PER_YEAR.test(label.zh) && PER_YEAR_EN.test(label.en))) {
    context.problems.push(`${where}: the quote counts per year (年均/每年); the label must say so in zh and en ("${label.zh}" / "${label.en}")`);
  }
  if (EITHER_MEASURE.test(clause) && annotation.measure === undefined) {
    context.problems.push(`${where}: the quote's clause says ${EITHER_MEASURE.exec(clause)![0]}: state measure 'stock' or 'flow'`);
  }
  const measure = factMeasure(fact, metric);
  if (measure === 'stock' && fact.period && fact.period.start !== fact.period.end) {
    context.problems.push(`${where}: a stock stands at a point in time, but its period runs ${fact.period.start}–${fact.period.end}`);
  }
  const issuer = context.regions.get(report.region);
  if (metric?.level && issuer) {
    const words = levelWords(metric.level, issuer, context.regions);
    if (!words.zh.test(label.zh) || !words.en.test(label.en)) {
      context.problems.push(`${where}: the label must name the ${metric.level} level or its body ("${label.zh}" / "${label.en}")`);
    }
  }
  const scope = context.regions.get(fact.region);
  if (scope && fact.region !== report.region && !(label.zh.includes(shortName(scope)) && label.en.includes(scope.en))) {
    context.problems.push(`${where}: the figure is about ${scope.zh}, not the issuer's region: the label must name it ("${label.zh}" / "${label.en}")`);
  }
}

/** The time a fact's card shows, as a key: a stock's point, a flow's span. */
function timeKey(fact: Fact, metric: Metric | undefined, report: Report): string {
  const period = fact.period ?? report.period;
  const measure = factMeasure(fact, metric);
  return measure === 'stock' ? `at ${period.end}` : `${period.start}–${period.end}`;
}

/**
 * Within a report, no two cards may read the same (zh or en label), and no metric may have two
 * facts, unless their times differ.
 */
export function checkDistinctLabels(facts: readonly Fact[], report: Report, metrics: ReadonlyMap<string, Metric>, problems: string[]): void {
  const seen = new Map<string, string>();
  for (const fact of facts) {
    const metric = metrics.get(fact.metric);
    const label = factLabel(fact, metric);
    const time = timeKey(fact, metric, report);
    const twin = seen.get(`metric ${fact.metric} @ ${time}`);
    if (twin) problems.push(`facts ${twin} and ${fact.id} state metric ${fact.metric} for the same time (${time}): give one a metric of its own`);
    else seen.set(`metric ${fact.metric} @ ${time}`, fact.id);
    for (const key of [`zh ${label.zh}`, `en ${label.en}`]) {
      const other = seen.get(`${key} @ ${time}`);
      if (other) problems.push(`facts ${other} and ${fact.id} read the same ("${key.slice(3)}", ${time}): give one a label of its own`);
      else seen.set(`${key} @ ${time}`, fact.id);
    }
  }
}
