import type { Approximation, Quantity, Unit } from '../dataset/types.js';
import type { Locale } from './locale.js';
import { zhQualifier, zhSpokenQualifier } from './qualifier.js';
import { enNoun, zhMeasureWord } from './units.js';

/** A quantity's unit and approximation named for a reader, where the dataset holds codes. */
export interface QuantityWords {
  /** The base unit the value is counted in: 人, 元, 家 / people, yuan, organisations; "" for a bare number. */
  unit: string;
  /** How exactly the figure is stated: 确数, 超过, 近, 约, 区间 / exact, over, nearly, about, range. */
  approx: string;
}

// A table of figures heads a count of people 人 (单位：人); the reports' own word is 名.
const ZH_BASE: Partial<Record<Unit, string>> = { person: '人' };
// The two approximations no qualifier word stands for, in zh (in en, every approximation's code is its word).
const ZH_UNQUALIFIED: Partial<Record<Approximation, string>> = { exact: '确数', range: '区间' };

/**
 * A quantity's unit and approximation in the reader's language, for a table's or a file's
 * cells, where a unit stands apart from the value (which is in base units: yuan, not 万元).
 * The words are the formatter's own: the unit's usual measure word (人 for people) or its
 * English plural, and the zh qualifier its kind defaults to, as spoken (超过, 近, 约); the
 * English approximations are named by their words (exact, over, nearly, about, range).
 *
 * @example quantityWords({ unit: 'person', approx: 'over' }, 'zh-CN') // { unit: '人', approx: '超过' }
 * @example quantityWords({ unit: 'organisation', approx: 'exact' }, 'en') // { unit: 'organisations', approx: 'exact' }
 */
export function quantityWords(q: Pick<Quantity, 'unit' | 'approx'>, locale: Locale): QuantityWords {
  if (locale === 'en') return { unit: enNoun(q.unit, 2), approx: q.approx };
  return {
    unit: ZH_BASE[q.unit] ?? zhMeasureWord(q.unit),
    approx: ZH_UNQUALIFIED[q.approx] ?? zhSpokenQualifier(zhQualifier({ approx: q.approx }).word),
  };
}
