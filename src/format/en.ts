import type { CountNoun, Quantity } from '../dataset/types.js';
import { roundingOf, UNKNOWN_DIGITS, writeNumber, type Notation, type WrittenNumber } from './number.js';
import { emptyParts, type QuantityParts } from './parts.js';
import { enQualifier, several } from './qualifier.js';
import { enNoun } from './units.js';

// Percentages are never scaled: 12345%, not 1.23万%. An "over" figure is rounded down and a
// "nearly" one up, so that what is written stays true ("over ¥1.09 million" for 109.6万余元).
const write = (value: number, notation: Notation, q: Quantity): WrittenNumber =>
  writeNumber(value, 'en', notation, q.unit !== 'percent', roundingOf(q));
const currencyOf = (q: Quantity): string => (q.unit === 'yuan' ? '¥' : '');

/** "-¥80 million": the sign goes before the currency. */
const written = (n: WrittenNumber, currency: string): string => `${n.sign}${currency}${n.digits}${n.scale}`;

/** A noun after a number, with its space: " people", " libraries"; "" for a bare number. */
function nounAfter(q: Quantity, count: number, counted: CountNoun | undefined): string {
  const noun = enNoun(q.unit, count, counted);
  return noun === '' ? '' : ` ${noun}`;
}

/** What follows the number on screen: "%" for percent, nothing for money, else the noun. */
function shownUnit(q: Quantity, n: WrittenNumber | undefined, counted: CountNoun | undefined): string {
  if (q.unit === 'percent') return '%';
  if (q.unit === 'yuan') return '';
  const one = n !== undefined && n.digits === '1' && n.scale === '';
  return nounAfter(q, one ? 1 : 2, counted);
}

/** "10%–18", "¥10–18 million", "500–2,000", "¥500,000–¥2 million". */
function enRange(q: Quantity, max: number, notation: Notation): string {
  const low = write(q.value, notation, q);
  const high = write(max, notation, q);
  const currency = currencyOf(q);
  const shared = low.scale !== '' && low.scale === high.scale;
  const lowText = written(shared ? { ...low, scale: '' } : low, currency);
  const highText = written(high, shared && low.sign === high.sign ? '' : currency);
  const percent = q.unit === 'percent' ? '%' : '';
  return `${lowText}${percent}–${highText}`;
}

/** An en figure in parts: "over " + "¥80 million"; "1.34 million" + " people". */
export function enParts(q: Quantity, notation: Notation, counted?: CountNoun): QuantityParts {
  const parts = emptyParts();
  const words = several(q, 'en');
  if (words) return { ...parts, number: words, unit: nounAfter(q, 2, counted) };
  if (q.approx === 'range' && q.max !== undefined) {
    return { ...parts, number: enRange(q, q.max, notation), unit: shownUnit(q, undefined, counted) };
  }
  const n = write(q.value, notation, q);
  return { ...parts, qualifierBefore: enQualifier(q.approx), number: written(n, currencyOf(q)), unit: shownUnit(q, n, counted) };
}

/** A number in words a reader says right: "minus 5", "80 million", "unknown". */
function spoken(n: WrittenNumber): string {
  const digits = n.digits === UNKNOWN_DIGITS ? 'unknown' : n.digits;
  return `${n.sign === '-' ? 'minus ' : ''}${digits}${n.scale}`;
}

/** The unit in words: " percent", " yuan", " people". */
function spokenUnit(q: Quantity, n: WrittenNumber | undefined, counted: CountNoun | undefined): string {
  if (q.unit === 'percent' || q.unit === 'yuan') return nounAfter(q, 2, counted);
  return shownUnit(q, n, counted);
}

/**
 * The en figure for a screen reader: no ¥ or %, a range as "from … to …" with each end's
 * scale said in full ("from 10 million to 18 million yuan").
 */
export function enSpoken(q: Quantity, notation: Notation, counted?: CountNoun): string {
  const words = several(q, 'en');
  if (words) return `${words}${nounAfter(q, 2, counted)}`;
  if (q.approx === 'range' && q.max !== undefined) {
    const [low, high] = [write(q.value, notation, q), write(q.max, notation, q)];
    return `from ${spoken(low)} to ${spoken(high)}${spokenUnit(q, undefined, counted)}`;
  }
  const n = write(q.value, notation, q);
  return `${enQualifier(q.approx)}${spoken(n)}${spokenUnit(q, n, counted)}`;
}
