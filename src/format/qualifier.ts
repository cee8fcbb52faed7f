import type { Approximation, Quantity } from '../dataset/types.js';
import type { Locale } from './locale.js';

/** The approximations that carry a qualifier word. */
export type QualifiedApproximation = Exclude<Approximation, 'exact' | 'range'>;

/** Where a zh qualifier stands: before the number (近), after it (余, 多) or after the unit (以上). */
export type QualifierPlace = 'before' | 'after' | 'end';

/** The words the reports use for each kind; a printed word of another kind is not trusted. */
const ZH_WORDS: Record<QualifiedApproximation, readonly string[]> = {
  over: ['超', '超过', '逾', '余', '多', '以上'],
  nearly: ['近', '将近'],
  about: ['约', '大约', '左右'],
};
const ZH_DEFAULT: Record<QualifiedApproximation, string> = { over: '超', nearly: '近', about: '约' };
const ZH_PLACES: Record<string, QualifierPlace> = { 余: 'after', 多: 'after', 以上: 'end', 左右: 'end' };
const ZH_SPOKEN: Record<string, string> = { 超: '超过', 逾: '超过' };

const isQualified = (approx: Approximation): approx is QualifiedApproximation => approx !== 'exact' && approx !== 'range';

/** A zh qualifier and its place; `word` is "" for exact figures and ranges. */
export interface ZhQualifier {
  word: string;
  place: QualifierPlace;
}

/**
 * The zh qualifier of a quantity: the printed word when it is one of its kind's, else the
 * kind's default (over → 超, nearly → 近, about → 约).
 *
 * @example zhQualifier({ value: 8e7, unit: 'yuan', approx: 'over', qualifier: '余', text: '' }) // { word: '余', place: 'after' }
 */
export function zhQualifier(q: Pick<Quantity, 'approx' | 'qualifier'>): ZhQualifier {
  if (!isQualified(q.approx)) return { word: '', place: 'before' };
  const printed = q.qualifier;
  const word = printed !== undefined && ZH_WORDS[q.approx].includes(printed) ? printed : ZH_DEFAULT[q.approx];
  return { word, place: ZH_PLACES[word] ?? 'before' };
}

/** A leading zh qualifier as a screen reader should say it: 超 → 超过. @example zhSpokenQualifier('逾') // '超过' */
export const zhSpokenQualifier = (word: string): string => ZH_SPOKEN[word] ?? word;

/**
 * The en qualifier with its trailing space: "over ", "nearly ", "about "; "" for exact figures
 * and ranges. The approximations are named by their English words, so the word is the code.
 */
export function enQualifier(approx: Approximation): string {
  return isQualified(approx) ? `${approx} ` : '';
}

const ZH_SEVERAL: Record<number, string> = { 10: '数十', 100: '数百', 1000: '数千', 10000: '数万', 100000000: '数亿' };
const EN_SEVERAL: Record<number, string> = {
  10: 'dozens of',
  100: 'hundreds of',
  1000: 'thousands of',
  10000: 'tens of thousands of',
  100000000: 'hundreds of millions of',
};

/**
 * 数十, 数百 …: the parser reads them as 10, 100 … "over", with 数 kept as the qualifier. They
 * are words, not figures, and are written as words.
 *
 * @example several({ value: 10, unit: 'organisation', approx: 'over', qualifier: '数', text: '数十家' }, 'en') // 'dozens of'
 */
export function several(q: Pick<Quantity, 'value' | 'qualifier'>, locale: Locale): string | undefined {
  if (q.qualifier !== '数') return undefined;
  return (locale === 'en' ? EN_SEVERAL : ZH_SEVERAL)[q.value];
}
