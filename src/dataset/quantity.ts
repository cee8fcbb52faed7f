import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numeral.js';
import type { Approximation, LocatedQuantity, Quantity, Unit } from './types.js';

export { parseChineseNumeral } from './chinese-numeral.js';

/** What a found number is: a count or amount, a date, or an ordinal (第三, 十七届). */
export type QuantityKind = 'count' | 'date' | 'ordinal';

/** A quantity found in a text, with its kind. */
export interface FoundQuantity extends LocatedQuantity {
  kind: QuantityKind;
}

/** Measure words, longest first so that 人次 wins over 人 and 场次 over 场. */
const MEASURE_WORDS: [string, Unit][] = [
  ['人(次)', 'person-time'],
  ['人（次）', 'person-time'],
  ['场(次)', 'event'],
  ['场（次）', 'event'],
  ['人次', 'person-time'],
  ['场次', 'event'],
  ['批次', 'batch'],
  ['元', 'yuan'],
  ['名', 'person'],
  ['人', 'person'],
  ['位', 'person'],
  ['家', 'organisation'],
  ['户', 'household'],
  ['场', 'event'],
  ['件', 'piece'],
  ['起', 'case'],
  ['项', 'project'],
  ['个', 'unit'],
  ['份', 'copy'],
  ['册', 'volume'],
  ['所', 'facility'],
  ['批', 'batch'],
  ['次', 'time'],
  ['年', 'year'],
  ['条', 'item'],
  ['辆', 'bus'],
  ['%', 'percent'],
  ['％', 'percent'],
];

const QUALIFIERS_BEFORE: [string, Approximation][] = [
  ['将近', 'nearly'],
  ['超过', 'over'],
  ['近', 'nearly'],
  ['约', 'about'],
  ['超', 'over'],
  ['逾', 'over'],
  // 数十家, 数百人: "several tens"; the only safe reading is "more than ten".
  ['数', 'over'],
];
const QUALIFIERS_AFTER_NUMBER = ['余', '多'];
const QUALIFIERS_AFTER_UNIT: [string, Approximation][] = [
  ['以上', 'over'],
  ['左右', 'about'],
];
const RANGE_DASHES = ['—', '–', '-', '~', '～', '至', '到'];
const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 };

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/;
const CHINESE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);
const SPACE = /^[ \t\n\r\u3000]*/;
const DATE_AFTER_YEAR = /^(?:[ \t\n]*\d{1,2}[ \t\n]*月(?:[ \t\n]*\d{1,2}[ \t\n]*日|初|底|中旬|上旬|下旬)?)?/;
const MONTH_DATE = /^\d{1,2}[ \t\n]*月(?:[ \t\n]*\d{1,2}[ \t\n]*日|初|底|中旬|上旬|下旬)?/;

interface Cursor {
  text: string;
  at: number;
}

function skipSpace(c: Cursor): number {
  const match = SPACE.exec(c.text.slice(c.at));
  return c.at + (match ? match[0].length : 0);
}

/** Reads one of `words` at the cursor (after optional layout spaces); moves past it. */
function readWord<T extends string>(c: Cursor, words: readonly T[], spaces = true): T | undefined {
  const at = spaces ? skipSpace(c) : c.at;
  const word = words.find((w) => c.text.startsWith(w, at));
  if (word !== undefined) c.at = at + word.length;
  return word;
}

/** A decimal string times 10^power, exactly: "133.59" × 10^4 → 1335900. */
function scaleDecimal(digits: string, power: number): number {
  const [whole = '0', fraction = ''] = digits.replace(/,/g, '').split('.');
  if (fraction.length <= power) return Number(whole + fraction.padEnd(power, '0'));
  return Number(`${whole}${fraction.slice(0, power)}.${fraction.slice(power)}`);
}

function toAscii(digits: string): string {
  return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

interface NumberToken {
  digits: string;
  chinese: boolean;
  start: number;
  end: number;
}

function readNumber(text: string, at: number): NumberToken | undefined {
  const rest = toAscii(text.slice(at, at + 40));
  const arabic = ARABIC.exec(rest);
  if (arabic) return { digits: arabic[0], chinese: false, start: at, end: at + arabic[0].length };
  const chinese = CHINESE.exec(rest);
  if (chinese) return { digits: chinese[0], chinese: true, start: at, end: at + chinese[0].length };
  return undefined;
}

function numberValue(token: NumberToken, power: number): number | undefined {
  if (!token.chinese) return scaleDecimal(token.digits, power);
  const value = parseChineseNumeral(token.digits);
  return value === undefined ? undefined : value * 10 ** power;
}

interface Reading {
  quantity: FoundQuantity;
  /** Where scanning goes on. */
  next: number;
}

function measure(c: Cursor): Unit | undefined {
  const word = readWord(
    c,
    MEASURE_WORDS.map(([w]) => w),
  );
  return word === undefined ? undefined : MEASURE_WORDS.find(([w]) => w === word)?.[1];
}

function dateAt(text: string, token: NumberToken): number | undefined {
  if (token.chinese) return undefined;
  const after = text.slice(token.end);
  const year = /^[ \t\n]*年/.exec(after);
  if (year && /^(19|20)\d\d$/.test(token.digits)) {
    const more = DATE_AFTER_YEAR.exec(after.slice(year[0].length));
    return token.end + year[0].length + (more ? more[0].length : 0);
  }
  const month = MONTH_DATE.exec(text.slice(token.start));
  if (month && Number(token.digits) >= 1 && Number(token.digits) <= 12 && !token.digits.includes('.')) {
    return token.start + month[0].length;
  }
  return undefined;
}

function isOrdinal(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '第') return true;
  if (/^[ \t\n]*届/.test(text.slice(end))) return true;
  return /届$/.test(text.slice(Math.max(0, start - 1), start)) && /^[ \t\n]*次/.test(text.slice(end));
}

function located(
  text: string,
  start: number,
  end: number,
  kind: QuantityKind,
  value: number,
  unit: Unit,
  approx: Approximation,
  qualifier?: string,
  max?: number,
): FoundQuantity {
  const quantity: FoundQuantity = { value, unit, approx, text: text.slice(start, end), start, end, kind };
  if (max !== undefined) quantity.max = max;
  if (qualifier !== undefined) quantity.qualifier = qualifier;
  return quantity;
}

/** A range of the same unit after a first figure: 10%—18%. */
function readRangeEnd(c: Cursor, unit: Unit): number | undefined {
  const save = c.at;
  if (readWord(c, RANGE_DASHES) === undefined) return undefined;
  const at = skipSpace(c);
  const token = readNumber(c.text, at);
  if (!token || token.chinese) {
    c.at = save;
    return undefined;
  }
  c.at = token.end;
  if (measure(c) !== unit) {
    c.at = save;
    return undefined;
  }
  return scaleDecimal(token.digits, 0);
}

/** Reads the figure whose qualifier or number starts at `start`, if one does. */
function readAt(text: string, start: number): Reading | undefined {
  const c: Cursor = { text, at: start };
  const before = readWord(
    c,
    QUALIFIERS_BEFORE.map(([w]) => w),
    false,
  );
  const token = readNumber(text, c.at);
  if (!token || (before === undefined && token.start !== start)) return undefined;
  if (before === '数' && !token.chinese) return undefined;
  c.at = token.end;
  const date = dateAt(text, token);
  if (date !== undefined && before === undefined) {
    const value = Number(token.digits);
    return { quantity: located(text, start, date, 'date', value, 'none', 'exact'), next: date };
  }
  if (before === undefined && isOrdinal(text, token.start, token.end)) {
    const value = numberValue(token, 0);
    if (value === undefined) return undefined;
    const from = text[start - 1] === '第' ? start - 1 : start;
    return { quantity: located(text, from, token.end, 'ordinal', value, 'none', 'exact'), next: token.end };
  }
  let after = readWord(c, QUALIFIERS_AFTER_NUMBER);
  const multiplier = readWord(c, Object.keys(MULTIPLIERS));
  after ??= readWord(c, QUALIFIERS_AFTER_NUMBER);
  const beforeUnit = c.at;
  let unit = measure(c);
  if (unit === undefined) c.at = beforeUnit;
  const trailing = unit !== undefined || !token.chinese ? readWord(c, QUALIFIERS_AFTER_UNIT.map(([w]) => w)) : undefined;
  if (token.chinese && unit === undefined && (before === undefined || multiplier === undefined)) return undefined;
  unit ??= 'none';
  // 近3年来 is "in the last three years", not "nearly three years".
  const qualifierBefore = before === '近' && unit === 'year' ? undefined : before;
  const figureStart = qualifierBefore === undefined ? token.start : start;
  const value = numberValue(token, multiplier === undefined ? 0 : (MULTIPLIERS[multiplier] ?? 0));
  if (value === undefined) return undefined;
  const max = unit === 'percent' && trailing === undefined ? readRangeEnd(c, unit) : undefined;
  const approx: Approximation =
    max !== undefined
      ? 'range'
      : (QUALIFIERS_BEFORE.find(([w]) => w === qualifierBefore)?.[1] ??
        (after !== undefined ? 'over' : undefined) ??
        QUALIFIERS_AFTER_UNIT.find(([w]) => w === trailing)?.[1] ??
        'exact');
  const qualifier = qualifierBefore ?? after ?? trailing;
  return { quantity: located(text, figureStart, c.at, 'count', value, unit, approx, qualifier, max), next: c.at };
}

const STARTS = new RegExp(`[0-9０-９${CHINESE_NUMERAL_CHARS}将近约超逾数]`, 'g');

/**
 * Every quantity in a text, in order and without overlaps: counts and amounts with their
 * unit and qualifier (3.5万名, 8000余万元, 近1000万元, 超100万人(次), 10%—18%, 百余场), dates
 * (2020年, 3月9日) and ordinals (第一, 十七届). Every run of Arabic digits is found, with unit
 * `none` when no measure word follows; a Chinese numeral only where a measure word or 万/亿
 * follows it. Tolerates layout spaces and line breaks inside a figure. Never throws.
 */
export function findQuantities(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  STARTS.lastIndex = 0;
  let from = 0;
  for (let match = STARTS.exec(text); match; match = STARTS.exec(text)) {
    const start = match.index;
    if (start < from) continue;
    const reading = readAt(text, start);
    if (!reading) continue;
    found.push(reading.quantity);
    from = reading.next;
    STARTS.lastIndex = reading.next;
  }
  return found;
}

/**
 * Parses one figure as printed, the whole string: "8000余万元" → 80000000 yuan, over.
 * Undefined when the string is not exactly one quantity.
 *
 * @example parseQuantity('3.5万名') // { value: 35000, unit: 'person', approx: 'exact', text: '3.5万名' }
 */
export function parseQuantity(text: string): Quantity | undefined {
  const found = findQuantities(text);
  const only = found[0];
  if (found.length !== 1 || !only || only.start !== 0 || only.end !== text.length) return undefined;
  const { kind: _kind, start: _start, end: _end, ...quantity } = only;
  return quantity;
}
