import type { FactAnnotation } from './annotation.js';
import type { BuildContext } from './build-context.js';
import { quoteSpan } from '../dataset/spans.js';
import type { Fact, HonorLevel, HonorRoll, Metric, Region, Report } from '../dataset/types.js';
import { factLabel, factMeasure, metricLevel } from '../dataset/wording.js';

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
  const level = metric && metricLevel(metric);
  if (level && issuer) {
    const words = levelWords(level, issuer, context.regions);
    if (!words.zh.test(label.zh) || !words.en.test(label.en)) {
      context.problems.push(`${where}: the label must name the ${level} level or its body ("${label.zh}" / "${label.en}")`);
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

/** A straight double quote or apostrophe: English text takes “ ” and ’ (‘ ’ for a quote inside a quote). */
const STRAIGHT_QUOTE = /["']/;

/** An English text a reader sees, with the record and the field it stands in. */
export interface EnglishText {
  /** The record and field, e.g. "metric welfare.mothers-rooms en". */
  where: string;
  text: string;
}

/** What the English texts are read from: the dataset's records, as built. */
export interface EnglishSources {
  reports: readonly Report[];
  metrics: Iterable<Metric>;
  facts: readonly Fact[];
  honorRolls: readonly HonorRoll[];
}

/**
 * Every English text of the dataset that a widget can show: report titles, issuers and
 * period notes; metric labels, notes, family names and nouns; fact labels, notes and period
 * notes; honour rolls' awards and issuers. Region names are not among them: they are pinyin
 * place names (Pan'an, whose apostrophe parts syllables) that must match the map's region
 * table (data/geo/regions.json) and what a page author types in `region` or `focus`.
 */
export function englishTexts(sources: EnglishSources): EnglishText[] {
  const texts: EnglishText[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text !== undefined) texts.push({ where, text });
  };
  for (const report of sources.reports) {
    const where = `report ${report.id}`;
    add(`${where} titleEn`, report.titleEn);
    add(`${where} issuer.en`, report.issuer.en);
    add(`${where} period.note`, report.period.note);
  }
  for (const metric of sources.metrics) {
    const where = `metric ${metric.id}`;
    add(`${where} en`, metric.en);
    add(`${where} notes.en`, metric.notes?.en);
    add(`${where} familyName.en`, metric.familyName?.en);
    add(`${where} noun.one`, metric.noun?.one);
    add(`${where} noun.other`, metric.noun?.other);
  }
  for (const fact of sources.facts) {
    const where = `fact ${fact.id}`;
    add(`${where} label.en`, fact.label?.en);
    add(`${where} note.en`, fact.note?.en);
    add(`${where} period.note`, fact.period?.note);
  }
  for (const roll of sources.honorRolls) {
    const where = `honour roll ${roll.id}`;
    add(`${where} award.en`, roll.award.en);
    add(`${where} issuer.en`, roll.issuer?.en);
  }
  return texts;
}

/** English texts use curly quotes and apostrophes only, so that one chart never mixes the two. */
export function checkEnglishQuotes(sources: EnglishSources, problems: string[]): void {
  for (const { where, text } of englishTexts(sources)) {
    const straight = STRAIGHT_QUOTE.exec(text);
    if (straight) {
      problems.push(`${where}: "${text}" has a straight ${straight[0]}: write ’ for an apostrophe and “ ” for quotes (‘ ’ inside them)`);
    }
  }
}

/**
 * One award, one English name: the honour roll groups rolls by their award, so two en names
 * for one zh name would split an award into two groups.
 */
export function checkAwardNames(rolls: readonly HonorRoll[], problems: string[]): void {
  const first = new Map<string, HonorRoll>();
  for (const roll of rolls) {
    const known = first.get(roll.award.zh);
    if (!known) first.set(roll.award.zh, roll);
    else if (known.award.en !== roll.award.en) {
      problems.push(
        `honour rolls ${known.id} and ${roll.id} give award ${roll.award.zh} two English names ("${known.award.en}" / "${roll.award.en}"): use one (shared awards live in data/annotations/awards.ts)`,
      );
    }
  }
}
