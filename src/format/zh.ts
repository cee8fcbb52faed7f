import type { CountNoun, Quantity } from '../dataset/types.js';
import { joinNumber, roundingOf, UNKNOWN_DIGITS, writeNumber, type Notation, type WrittenNumber } from './number.js';
import { emptyParts, type QuantityParts } from './parts.js';
import { several, zhQualifier, zhSpokenQualifier } from './qualifier.js';
import { zhMeasureWord } from './units.js';

// Percentages are never scaled: 12345%, not 1.23万%. An "over" figure is rounded down and a
// "nearly" one up, so that what is written stays true ("over ¥1.09 million" for 109.6万余元).
const write = (value: number, notation: Notation, q: Quantity): WrittenNumber =>
  writeNumber(value, 'zh-CN', notation, q.unit !== 'percent', roundingOf(q));

/**
 * Whether 余/多 follows the scale (5.38万余) rather than standing before it (8000余万). As
 * printed when the text shows it; otherwise before the scale only after a whole number of at
 * least two digits, where it stands for the digits left out (20余万, 8000余万); 2万余 and
 * 5.38万余 read better than 2余万 and 5.38余万.
 */
function qualifierFollowsScale(word: string, n: WrittenNumber, printed: string): boolean {
  if (printed.includes(`${n.scale}${word}`)) return true;
  if (printed.includes(`${word}${n.scale}`)) return false;
  return !/^\d{2,}$/.test(n.digits);
}

/** "10%—18", "1—2万", "5000—2万": a shared scale is written once. */
function zhRange(q: Quantity, max: number, notation: Notation): [string, string] {
  const low = write(q.value, notation, q);
  const high = write(max, notation, q);
  const percent = q.unit === 'percent' ? '%' : '';
  const lowText = low.scale === high.scale ? `${low.sign}${low.digits}` : joinNumber(low);
  return [`${lowText}${percent}—${high.sign}${high.digits}`, high.scale];
}

/** A zh figure in parts, in the reports' style. */
export function zhParts(q: Quantity, notation: Notation, counted?: CountNoun): QuantityParts {
  const parts = emptyParts();
  const measure = zhMeasureWord(q.unit, q.text, counted);
  const words = several(q, 'zh-CN');
  if (words) return { ...parts, number: words, unit: measure };
  if (q.approx === 'range' && q.max !== undefined) {
    const [number, scale] = zhRange(q, q.max, notation);
    return { ...parts, number, unit: `${scale}${measure}` };
  }
  const { word, place } = zhQualifier(q);
  const n = write(q.value, notation, q);
  parts.number = `${n.sign}${n.digits}`;
  parts.unit = `${n.scale}${measure}`;
  if (place === 'before') parts.qualifierBefore = word;
  if (place === 'end') parts.qualifierEnd = word;
  if (place === 'after') {
    parts.qualifierAfter = word;
    if (n.scale !== '' && qualifierFollowsScale(word, n, q.text)) {
      parts.number = joinNumber(n);
      parts.unit = measure;
    }
  }
  return parts;
}

/**
 * The zh figure for a screen reader: 超 and 逾 become 超过, a range's dash becomes 至, and digits
 * lose their grouping commas (a reader says "32677" as one number, "32,677" as two), a minus
 * sign is read 负 and an unknown number 未知.
 */
export function zhSpoken(parts: QuantityParts): string {
  const number = parts.number.replace(/,/g, '').replace('—', '至').replaceAll(UNKNOWN_DIGITS, '未知').replaceAll('-', '负');
  return `${zhSpokenQualifier(parts.qualifierBefore)}${number}${parts.qualifierAfter}${parts.unit}${parts.qualifierEnd}`;
}
