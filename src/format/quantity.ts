import type { Quantity } from '../dataset/types.js';
import type { Locale } from './locale.js';
import { enCompact, groupDigits, zhCompact } from './number.js';
import { enNoun, zhMeasureWord } from './units.js';

/** How numbers are written: `compact` (3.27万, 1.34 million) or `full` (32,677). */
export const NOTATIONS = ['compact', 'full'] as const;
export type Notation = (typeof NOTATIONS)[number];

export interface FormatOptions {
  locale: Locale;
  /** Default `compact`. */
  notation?: Notation;
}

/**
 * A figure cut into the pieces a widget styles apart. Joined in order they give
 * `formatQuantity`: qualifierBefore + number + qualifierAfter + unit + qualifierEnd.
 */
export interface QuantityParts {
  /** 近, 超, 约 / "over ", "nearly ", "about ". */
  qualifierBefore: string;
  number: string;
  /** 余 or 多, between the number and 万/the measure word, as the report printed it. */
  qualifierAfter: string;
  /** 万名, 元, % / " people". */
  unit: string;
  /** 以上 or 左右, after the measure word. */
  qualifierEnd: string;
}

const ZH_AFTER_NUMBER = ['余', '多'];
const ZH_END = ['以上', '左右'];
const ZH_DEFAULT_BEFORE = { over: '超', nearly: '近', about: '约' } as const;
const EN_BEFORE = { over: 'over ', nearly: 'nearly ', about: 'about ' } as const;
/** 数十, 数百, 数千: "several tens"; the value is the tens, hundreds or thousands. */
const ZH_SEVERAL: Record<number, string> = { 10: '数十', 100: '数百', 1000: '数千' };
const EN_SEVERAL: Record<number, string> = { 10: 'dozens of', 100: 'hundreds of', 1000: 'thousands of' };

const empty = (): QuantityParts => ({ qualifierBefore: '', number: '', qualifierAfter: '', unit: '', qualifierEnd: '' });

function zhQualifiers(q: Quantity, parts: QuantityParts): void {
  if (q.approx === 'exact' || q.approx === 'range') return;
  const word = q.qualifier;
  if (word && ZH_AFTER_NUMBER.includes(word)) parts.qualifierAfter = word;
  else if (word && ZH_END.includes(word)) parts.qualifierEnd = word;
  else parts.qualifierBefore = word ?? ZH_DEFAULT_BEFORE[q.approx];
}

function zhParts(q: Quantity, notation: Notation): QuantityParts {
  const parts = empty();
  const measure = zhMeasureWord(q.unit, q.text);
  const several = q.qualifier === '数' ? ZH_SEVERAL[q.value] : undefined;
  if (several) return { ...parts, number: several, unit: measure };
  zhQualifiers(q, parts);
  const [number, scale] = notation === 'full' ? [groupDigits(q.value, 'zh-CN'), ''] : zhCompact(q.value);
  if (q.approx === 'range' && q.max !== undefined) {
    const [upper] = notation === 'full' ? [groupDigits(q.max, 'zh-CN')] : zhCompact(q.max);
    parts.number = `${number}${q.unit === 'percent' ? '%' : ''}—${upper}`;
  } else parts.number = number;
  // 余 stands before 万 only where the report put it there (8000余万元); otherwise it
  // follows the scale that compact notation adds: 53800余人次 → 5.38万余人次.
  const qualifierAfterScale = scale !== '' && parts.qualifierAfter !== '' && !q.text.includes(`${parts.qualifierAfter}${scale}`);
  if (qualifierAfterScale) parts.number = `${parts.number}${scale}`;
  parts.unit = qualifierAfterScale ? measure : `${scale}${measure}`;
  return parts;
}

function enNumber(value: number, notation: Notation, money: boolean): string {
  const digits = notation === 'full' ? groupDigits(value, 'en') : enCompact(value);
  return money ? `¥${digits}` : digits;
}

function enParts(q: Quantity, notation: Notation): QuantityParts {
  const parts = empty();
  const money = q.unit === 'yuan';
  const noun = q.unit === 'percent' || money || q.unit === 'none' ? '' : ` ${enNoun(q.unit, q.approx === 'exact' ? q.value : 2)}`;
  const several = q.qualifier === '数' ? EN_SEVERAL[q.value] : undefined;
  if (several) return { ...parts, number: money ? `${several} yuan` : several, unit: noun };
  if (q.approx !== 'exact' && q.approx !== 'range') parts.qualifierBefore = EN_BEFORE[q.approx];
  const first = enNumber(q.value, notation, money);
  if (q.approx === 'range' && q.max !== undefined) {
    const sign = q.unit === 'percent' ? '%' : '';
    parts.number = `${first}${sign}–${enNumber(q.max, notation, money)}`;
  } else parts.number = first;
  parts.unit = q.unit === 'percent' ? '%' : noun;
  return parts;
}

/** The figure in pieces, for styling; see `formatQuantity`. */
export function formatQuantityParts(q: Quantity, options: FormatOptions): QuantityParts {
  const notation = options.notation ?? 'compact';
  return options.locale === 'en' ? enParts(q, notation) : zhParts(q, notation);
}

/**
 * A figure as the reports write it. zh compact keeps the report's qualifier where it
 * printed it: "3.27万名", "8000余万元", "近1000万元", "超100万人次", "10%—18%", "90%以上".
 * en: "32,677 people", "over ¥80 million", "nearly ¥10 million", "10%–18%". Full notation
 * writes every digit, grouped: "32,677名", "¥80,000,000".
 *
 * @example formatQuantity({ value: 8e7, unit: 'yuan', approx: 'over', qualifier: '余', text: '8000余万元' }, { locale: 'zh-CN' }) // "8000余万元"
 */
export function formatQuantity(q: Quantity, options: FormatOptions): string {
  const p = formatQuantityParts(q, options);
  return `${p.qualifierBefore}${p.number}${p.qualifierAfter}${p.unit}${p.qualifierEnd}`;
}

const ZH_SPOKEN_BEFORE: Record<string, string> = { 超: '超过', 逾: '超过' };

/**
 * The figure for a screen reader: no symbol that a reader mis-speaks, the qualifier in
 * words. zh "超过100万人次", "10%至18%"; en "over 80 million yuan", "from 10 to 18 percent".
 */
export function speakQuantity(q: Quantity, options: FormatOptions): string {
  const p = formatQuantityParts(q, options);
  if (options.locale === 'en') {
    const money = q.unit === 'yuan';
    const spokenNumber = (value: number) => (options.notation === 'full' ? groupDigits(value, 'en') : enCompact(value));
    if (q.approx === 'range' && q.max !== undefined) {
      const tail = q.unit === 'percent' ? ' percent' : money ? ' yuan' : p.unit;
      return `from ${spokenNumber(q.value)} to ${spokenNumber(q.max)}${tail}`;
    }
    const number = p.number.replace(/^¥/, '');
    const unit = q.unit === 'percent' ? ' percent' : money && !number.endsWith('yuan') ? ' yuan' : p.unit;
    return `${p.qualifierBefore}${number}${unit}`.trim();
  }
  const before = ZH_SPOKEN_BEFORE[p.qualifierBefore] ?? p.qualifierBefore;
  const number = q.approx === 'range' ? p.number.replace('—', '至') : p.number;
  return `${before}${number}${p.qualifierAfter}${p.unit}${p.qualifierEnd}`;
}
