import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Approximation, Fact, Unit } from '../../dataset/types.js';
import { factNoun } from '../../dataset/wording.js';
import { formatQuantity, roundsQuantity, speakQuantity } from '../../format/index.js';
import { factTime } from './source-view.js';
import type { Locale } from '../../format/locale.js';

/**
 * One mark of a chart, map or roll as every export reads it: the table's row, the CSV's
 * row, the accessible name. Built from the mark's fact, so all of them say the same thing.
 */
export interface MarkRecord {
  /** The fact the mark draws. */
  fact: Fact;
  label: string;
  /** The value in base units (yuan, not 万元). */
  value: number;
  unit: Unit;
  approx: Approximation;
  /** The figure as the report printed it. */
  text: string;
  /** The figure in the reports' notation, for the reader's locale. */
  display: string;
  /** The figure in words, qualifier included, for a screen reader. */
  spoken: string;
  /** Whether `display` rounds what the report printed (3.27万名 for 32677名): the table then shows `text` too. */
  rounds: boolean;
  period: string;
  region: string;
  report: string;
  quote: string;
}

/** The record of a fact's mark, labelled `label`. */
export function markRecord(fact: Fact, label: string, dataset: UnionDataset, locale: Locale): MarkRecord {
  const report = dataset.report(fact.report);
  const region = dataset.region(fact.region);
  const q = fact.quantity;
  const found = dataset.metric(fact.metric);
  const metric = found.ok ? found.value : undefined;
  const noun = factNoun(fact, metric);
  const options = { locale, ...(noun ? { noun } : {}) };
  return {
    fact,
    label,
    value: q.value,
    unit: q.unit,
    approx: q.approx,
    text: q.text,
    display: formatQuantity(q, options),
    spoken: speakQuantity(q, options),
    rounds: roundsQuantity(q, options),
    period: report.ok ? factTime(fact, metric, report.value, locale) : '',
    region: region.ok ? (locale === 'en' ? region.value.en : region.value.zh) : fact.region,
    report: report.ok ? (locale === 'en' ? report.value.titleEn : report.value.title) : fact.report,
    quote: fact.source.quote,
  };
}
