import type { CountNoun, Quantity } from '../dataset/types.js';
import { enParts, enSpoken } from './en.js';
import type { Locale } from './locale.js';
import type { Notation } from './number.js';
import { isExactlyWritten } from './number.js';
import { joinParts, type QuantityParts } from './parts.js';
import { several } from './qualifier.js';
import { zhParts, zhSpoken } from './zh.js';

export { NOTATIONS, type Notation } from './number.js';
export type { QuantityParts } from './parts.js';

export interface FormatOptions {
  locale: Locale;
  /** `compact` (3.27万名, 1.34 million people) or `full` (32,677名). Default `compact`. */
  notation?: Notation;
  /**
   * The noun counted (a metric's `noun`): "401 libraries", not "401 organisations". Default:
   * the unit's own noun. In zh the printed measure word always wins; the noun's is the fallback.
   */
  noun?: CountNoun;
}

/**
 * The figure in pieces, so a widget can style the number apart from the unit and qualifier;
 * joined in order they give `formatQuantity`.
 *
 * @example formatQuantityParts(q('8000余万元'), { locale: 'zh-CN' })
 * // { qualifierBefore: '', number: '8000', qualifierAfter: '余', unit: '万元', qualifierEnd: '' }
 */
export function formatQuantityParts(q: Quantity, options: FormatOptions): QuantityParts {
  const notation = options.notation ?? 'compact';
  return options.locale === 'en' ? enParts(q, notation, options.noun) : zhParts(q, notation, options.noun);
}

/**
 * The figure as a reader sees it, in the reports' own style.
 *
 * zh compact: 万 from ten thousand, 亿 from a hundred million, at most two decimals, no
 * grouping below 万: "3.27万名", "2069家", "近1000万元", "超100万人次", "10%—18%", "90%以上".
 * The printed qualifier is kept, in its place: 余 and 多 stand where the report put them
 * ("8000余万元", "2万余场次"); recompacted, after a whole number of two digits or more
 * ("20余万") and otherwise after the scale ("5.38万余人次"). A qualifier that is absent or not
 * of the quantity's kind gives way to the kind's default: 超, 近, 约. The measure word follows the
 * printed text (人 in "6人", 场 in "20场"), else the unit's usual word (名 for people).
 *
 * zh full: every digit, grouped ("32,677名"). 余 stays a qualifier after the digits,
 * "80,000,000余元": it keeps the report's word, where 逾 would replace it; "8,000余万元"
 * would not be full notation.
 *
 * en: words from a million ("1.34 million people", "over ¥80 million", "¥376 million"),
 * grouped digits below ("32,677 people"); money as ¥ before the number, "yuan" only in speech;
 * every qualifier is "over", "nearly" or "about" before the number ("over 90%"); singular
 * only for exactly one ("1 person"). Full: "¥80,000,000".
 *
 * A value that is not finite prints as "?"; a negative one with a minus sign.
 *
 * @example formatQuantity({ value: 8e7, unit: 'yuan', approx: 'over', qualifier: '余', text: '8000余万元' }, { locale: 'zh-CN' }) // "8000余万元"
 * @example formatQuantity({ value: 8e7, unit: 'yuan', approx: 'over', qualifier: '余', text: '8000余万元' }, { locale: 'en' }) // "over ¥80 million"
 */
export function formatQuantity(q: Quantity, options: FormatOptions): string {
  return joinParts(formatQuantityParts(q, options));
}

/**
 * The figure in words for a screen reader, qualifier included, with no symbol a reader
 * mis-speaks. zh: "超过100万人次" (超 and 逾 said 超过), "8000余万元", "近1000万元", "10%至18%"
 * (zh readers say 10% as 百分之十; the dash they would skip becomes 至), full notation
 * without grouping commas ("32677名"). en: "over 80 million yuan", "nearly 10 million yuan",
 * "from 10 to 18 percent", "over 1 million person-times".
 *
 * @example speakQuantity({ value: 1e6, unit: 'person-time', approx: 'over', qualifier: '超', text: '超100万人次' }, { locale: 'zh-CN' }) // "超过100万人次"
 */
export function speakQuantity(q: Quantity, options: FormatOptions): string {
  const notation = options.notation ?? 'compact';
  return options.locale === 'en' ? enSpoken(q, notation, options.noun) : zhSpoken(zhParts(q, notation, options.noun));
}

/**
 * Whether the figure, written in this notation, rounds what the report printed (12040家 shown
 * as 1.2万家): a widget then shows the figure as printed beside it.
 *
 * @example roundsQuantity({ value: 12040, unit: 'organisation', approx: 'exact', text: '12040家' }, { locale: 'zh-CN' }) // true
 */
export function roundsQuantity(q: Quantity, options: FormatOptions): boolean {
  if (several(q, options.locale)) return false;
  const notation = options.notation ?? 'compact';
  const ends = q.approx === 'range' && q.max !== undefined ? [q.value, q.max] : [q.value];
  return ends.some((v) => Number.isFinite(v) && !isExactlyWritten(v, options.locale, notation, q.unit !== 'percent'));
}
