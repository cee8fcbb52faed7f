import { writeDigits, type Rounding } from './digits.js';
import type { Locale } from './locale.js';

/** How numbers are written: `compact` (3.27万, 1.34 million) or `full` (32,677). */
export const NOTATIONS = ['compact', 'full'] as const;
export type Notation = (typeof NOTATIONS)[number];

/** A number written out, in the pieces a figure is built from. */
export interface WrittenNumber {
  /** "-" for a negative number, else "". */
  sign: string;
  /** The digits without the sign: "3.27", "32,677"; `UNKNOWN_DIGITS` when the value is not finite. */
  digits: string;
  /** The word compact notation adds: 万, 亿, 万亿 / " million", " billion", " trillion"; else "". */
  scale: string;
}

/** What stands for a value that is NaN or infinite: the figure says it has no number. */
export const UNKNOWN_DIGITS = '?';

/** Smallest first. */
const SCALES: Record<Locale, readonly (readonly [number, string])[]> = {
  'zh-CN': [
    [1e4, '万'],
    [1e8, '亿'],
    [1e12, '万亿'],
  ],
  en: [
    [1e6, ' million'],
    [1e9, ' billion'],
    [1e12, ' trillion'],
  ],
};

const ROUND: Record<Rounding, (x: number) => number> = { nearest: Math.round, down: Math.floor, up: Math.ceil };

/**
 * How a written number rounds: as asked, but to the nearest where it is a whole number of
 * hundredths but for float noise (7.000000000000001% "nearly" is 近7%, never 近7.01%).
 */
function settled(x: number, rounding: Rounding): Rounding {
  const hundredths = x * 100;
  return rounding !== 'nearest' && Math.abs(hundredths - Math.round(hundredths)) <= 1e-9 * Math.max(1, hundredths) ? 'nearest' : rounding;
}

// Beyond 1e15 a double has no hundredths to round, and ×100 could overflow to Infinity.
const round2 = (x: number, rounding: Rounding): number => (x >= 1e15 ? x : ROUND[settled(x, rounding)](x * 100) / 100);

// A scale is taken once the value, rounded as the scale below would write it, reaches it:
// 9999 stays "9999", but 99,999,999 is "1亿", not "10000万"; a "nearly" 99,999,910 is "近1亿",
// and an "over" 99,999,995 "超9999.99万", never "超0.99亿".
function pickScale(abs: number, locale: Locale, rounding: Rounding): readonly [number, string] {
  let picked: readonly [number, string] = [1, ''];
  for (const scale of SCALES[locale]) {
    if (round2(abs / picked[0], rounding) * picked[0] >= scale[0]) picked = scale;
  }
  return picked;
}

/** "over" and "nearly" round a negative value's magnitude the other way: over −1,096,000 is at most −1.1 million. */
const magnitudeRounding = (value: number, rounding: Rounding): Rounding =>
  value >= 0 || rounding === 'nearest' ? rounding : rounding === 'up' ? 'down' : 'up';

/**
 * A number as a notation writes it: at most two decimals, trailing zeros dropped. zh compact
 * counts in 万 from ten thousand and 亿 from a hundred million, ungrouped, as the reports do;
 * en compact uses words from a million; full notation groups every digit. `scalable: false`
 * keeps compact notation from adding a scale (percentages: "12345%", never "1.23万%").
 * `rounding` keeps a qualified figure true: an "over" figure is rounded down, a "nearly" one up.
 *
 * @example writeNumber(32677, 'zh-CN', 'compact') // { sign: '', digits: '3.27', scale: '万' }
 */
export function writeNumber(value: number, locale: Locale, notation: Notation, scalable = true, rounding: Rounding = 'nearest'): WrittenNumber {
  if (!Number.isFinite(value)) return { sign: '', digits: UNKNOWN_DIGITS, scale: '' };
  const abs = Math.abs(value);
  const magnitude = magnitudeRounding(value, rounding);
  const [size, scale] = notation === 'compact' && scalable ? pickScale(abs, locale, magnitude) : [1, ''];
  const grouping = notation === 'full' || locale === 'en';
  const digits = writeDigits(abs / size, grouping, settled(abs / size, magnitude));
  return { sign: value < 0 && digits !== '0' ? '-' : '', digits, scale };
}

/** Which way a quantity's written digits round: down for "over", up for "nearly", else to the nearest. */
export function roundingOf(q: { approx: string }): Rounding {
  return q.approx === 'over' ? 'down' : q.approx === 'nearly' ? 'up' : 'nearest';
}

/** The pieces joined: "-3.27万". */
export const joinNumber = (n: WrittenNumber): string => `${n.sign}${n.digits}${n.scale}`;

/** Whether `writeNumber` gives the value back whole, with no digit rounded away. */
export function isExactlyWritten(value: number, locale: Locale, notation: Notation, scalable = true): boolean {
  const n = writeNumber(value, locale, notation, scalable);
  const size = SCALES[locale].find(([, word]) => word === n.scale)?.[0] ?? 1;
  const shown = Number(n.digits.replace(/,/g, '')) * size * (n.sign === '-' ? -1 : 1);
  return Math.abs(shown - value) <= 1e-9 * Math.max(1, Math.abs(value));
}
