import type { Approximation, LocatedQuantity, Quantity, Unit } from '../dataset/types.js';

/** What a found number is: a count or amount, a date, or an ordinal (第三, 十七届). */
export type QuantityKind = 'count' | 'date' | 'ordinal';

/** A quantity found in a text, with its kind. */
export interface FoundQuantity extends LocatedQuantity {
  kind: QuantityKind;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

interface NumeralState {
  /** Everything up to the last 亿, already multiplied. */
  yi: number;
  /** Everything since the last 亿 up to the last 万, already multiplied. */
  wan: number;
  /** The part below 万 read so far. */
  section: number;
  digit: number | undefined;
}

function addDigit(state: NumeralState, value: number, previous: string | undefined): boolean {
  // 一二 or 三五 is a list of digits, not a numeral; 一百零五 is fine.
  if (state.digit !== undefined && state.digit !== 0 && previous !== undefined && DIGITS[previous] !== undefined) return false;
  state.digit = value;
  return true;
}

function addSmallUnit(state: NumeralState, unit: number): void {
  state.section += (state.digit ?? 1) * unit;
  state.digit = undefined;
}

function sectionValue(state: NumeralState): number {
  return state.section + (state.digit ?? 0);
}

function addWan(state: NumeralState): void {
  state.wan = (state.wan + sectionValue(state) || 1) * 1e4;
  state.section = 0;
  state.digit = undefined;
}

function addYi(state: NumeralState): void {
  state.yi = (state.yi + state.wan + sectionValue(state) || 1) * 1e8;
  state.wan = 0;
  state.section = 0;
  state.digit = undefined;
}

/**
 * The value of a Chinese numeral: 十七 → 17, 两千三百 → 2300, 百 → 100 (as in 百余场),
 * 一万二千 → 12000, 一亿五千万 → 150000000. Undefined for anything that is not one,
 * including runs of digits such as 五一 (as in 五一劳动奖章).
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  const state: NumeralState = { yi: 0, wan: 0, section: 0, digit: undefined };
  let previous: string | undefined;
  for (const char of numeral) {
    const digit = DIGITS[char];
    const unit = SMALL_UNITS[char];
    if (digit !== undefined) {
      if (!addDigit(state, digit, previous)) return undefined;
    } else if (unit !== undefined) addSmallUnit(state, unit);
    else if (char === '万') addWan(state);
    else if (char === '亿') addYi(state);
    else return undefined;
    previous = char;
  }
  return state.yi + state.wan + sectionValue(state);
}

/** Measure words, longest first so that 人次 wins over 人, 场次 over 场 and 批次 over 批. */
const MEASURE_WORDS: readonly (readonly [string, Unit])[] = [
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

const QUALIFIERS_BEFORE: readonly (readonly [string, Approximation])[] = [
  ['将近', 'nearly'],
  ['超过', 'over'],
  ['近', 'nearly'],
  ['约', 'about'],
  ['超', 'over'],
  ['逾', 'over'],
  // 数十家, 数百人 is "several tens": the only value the text supports is a floor of one
  // ten, so it reads as 10, over, with 数 kept as the qualifier.
  ['数', 'over'],
];
const QUALIFIERS_AFTER_NUMBER = ['余', '多'] as const;
const QUALIFIERS_AFTER_UNIT: readonly (readonly [string, Approximation])[] = [
  ['以上', 'over'],
  ['左右', 'about'],
];
const RANGE_DASHES = ['—', '–', '-', '~', '～', '至', '到'] as const;
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const CHINESE = new RegExp(`[${NUMERAL_CHARS}]+`, 'y');
const SPACE = /[ \t\n\r\u3000]*/y;
const YEAR_MARK = /[ \t\n]*年/y;
const AFTER_YEAR = /(?:[ \t\n]*\d{1,2}[ \t\n]*月(?:[ \t\n]*\d{1,2}[ \t\n]*日|初|底|中旬|上旬|下旬)?|底|初|末|度)?/y;
const MONTH_DATE = /[ \t\n]*月(?:[ \t\n]*\d{1,2}[ \t\n]*日|初|底|中旬|上旬|下旬)?/y;
const EDITION = /[ \t\n]*届/y;
const SESSION_OF_MEETING = /[ \t\n]*次[ \t\n]*(?:党代会|代表大会|全会|全委)/y;
const AFTER_SESSION = /[ \t\n]*次/y;
/** 一起 meaning "together" ends a clause; the measure word 起 (a case) needs a noun after it. */
const TOGETHER = /一起(?=[，。、；：！？,.;:!?”）)\s])/y;

/**
 * "Not a single one" (未出现一起, 没有发生一起, 无一起): a count stated as zero in words. Read
 * only before 一 with a measure word, where the negation ends right before the numeral;
 * 有无 ("whether or not") asks, it states nothing.
 */
const NOT_ONE = /(?:未|没有?)(?:出现|发生)$|(?<!有)无$/;

/** The length of `pattern`'s match at `at`, or undefined. `pattern` must be sticky. */
function matchAt(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0].length : undefined;
}

interface Cursor {
  readonly text: string;
  at: number;
}

function skipSpace(c: Cursor): number {
  return c.at + (matchAt(SPACE, c.text, c.at) ?? 0);
}

/** Reads one of `words` at the cursor (after layout spaces when `spaces`) and moves past it. */
function readWord<T extends string>(c: Cursor, words: readonly T[], spaces = true): T | undefined {
  const at = spaces ? skipSpace(c) : c.at;
  const word = words.find((w) => c.text.startsWith(w, at));
  if (word !== undefined) c.at = at + word.length;
  return word;
}

/** A decimal string times 10^power, exactly, by moving the decimal point: "133.59" × 10^4 → 1335900. */
function scaleDecimal(digits: string, power: number): number {
  const [whole = '0', fraction = ''] = digits.replace(/,/g, '').split('.');
  if (fraction.length <= power) return Number(whole + fraction.padEnd(power, '0'));
  return Number(`${whole}${fraction.slice(0, power)}.${fraction.slice(power)}`);
}

/** Full-width digits become ASCII; every character keeps its length, so offsets hold. */
function toAscii(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

interface NumberToken {
  /** ASCII digits (separators kept) or the Chinese numeral. */
  digits: string;
  chinese: boolean;
  start: number;
  end: number;
}

function readNumber(text: string, at: number): NumberToken | undefined {
  const window = toAscii(text.slice(at, at + 40));
  const arabic = matchAt(ARABIC, window, 0);
  if (arabic !== undefined) return { digits: window.slice(0, arabic), chinese: false, start: at, end: at + arabic };
  const chinese = matchAt(CHINESE, window, 0);
  if (chinese !== undefined) return { digits: window.slice(0, chinese), chinese: true, start: at, end: at + chinese };
  return undefined;
}

function numberValue(token: NumberToken, power: number): number | undefined {
  if (!token.chinese) return scaleDecimal(token.digits, power);
  const value = parseChineseNumeral(token.digits);
  return value === undefined ? undefined : value * 10 ** power;
}

function readMeasure(c: Cursor): Unit | undefined {
  const at = c.at;
  const word = readWord(
    c,
    MEASURE_WORDS.map(([w]) => w),
  );
  if (word === undefined) c.at = at;
  return MEASURE_WORDS.find(([w]) => w === word)?.[1];
}

function isYear(token: NumberToken): boolean {
  return !token.chinese && /^(19|20)\d\d$/.test(token.digits);
}

function isMonth(token: NumberToken): boolean {
  return !token.chinese && /^\d{1,2}$/.test(token.digits) && Number(token.digits) >= 1 && Number(token.digits) <= 12;
}

/** Where a date that starts with `token` ends: 2020年, 2014年12月, 2017年底, 3月9日, 7月初. */
function dateEnd(text: string, token: NumberToken): number | undefined {
  if (isYear(token)) {
    const year = matchAt(YEAR_MARK, text, token.end);
    if (year !== undefined) return token.end + year + (matchAt(AFTER_YEAR, text, token.end + year) ?? 0);
  }
  if (isMonth(token)) {
    const month = matchAt(MONTH_DATE, text, token.end);
    if (month !== undefined) return token.end + month;
  }
  return undefined;
}

/** 第一, 第12届, 十七届九次, 十四次党代会: an ordinal, not a count. */
function isOrdinal(text: string, token: NumberToken): boolean {
  if (text[token.start - 1] === '第') return true;
  if (matchAt(EDITION, text, token.end) !== undefined) return true;
  if (text[token.start - 1] === '届' && matchAt(AFTER_SESSION, text, token.end) !== undefined) return true;
  return matchAt(SESSION_OF_MEETING, text, token.end) !== undefined;
}

/**
 * A Chinese numeral that opens with 百, 千, 万 or 亿 and has no qualifier is a word, not a
 * figure: 千家万户, 万人空巷, 百家. With one (百余场, 近万人, 逾千人) it is a figure.
 */
function isBareMagnitude(token: NumberToken): boolean {
  return token.chinese && /^[百千万亿]/.test(token.digits);
}

function found(
  text: string,
  span: { start: number; end: number },
  kind: QuantityKind,
  value: number,
  unit: Unit = 'none',
  approx: Approximation = 'exact',
  qualifier?: string,
  max?: number,
): FoundQuantity {
  const quantity: FoundQuantity = { value, unit, approx, text: text.slice(span.start, span.end), start: span.start, end: span.end, kind };
  if (max !== undefined) quantity.max = max;
  if (qualifier !== undefined) quantity.qualifier = qualifier;
  return quantity;
}

interface RangeEnd {
  max: number;
  unit: Unit;
  /** The power of ten of the upper end's 万/亿, which a bare lower end shares: 10—20万元. */
  power: number;
}

/**
 * The upper end of a range after a first figure: 10%—18%, 3至5人, 10-20万元. The upper end
 * must carry a measure word (the same as the lower end's, if that has one) and be no smaller;
 * a year (2019-2020年) is not a range end.
 */
function readRangeEnd(c: Cursor, lower: { unit: Unit | undefined; power: number; value: number }): RangeEnd | undefined {
  const save = c.at;
  const fail = (): undefined => {
    c.at = save;
    return undefined;
  };
  if (readWord(c, RANGE_DASHES) === undefined) return fail();
  const token = readNumber(c.text, skipSpace(c));
  if (!token || token.chinese || dateEnd(c.text, token) !== undefined) return fail();
  c.at = token.end;
  const multiplier = readWord(c, Object.keys(MULTIPLIERS));
  const power = multiplier === undefined ? 0 : (MULTIPLIERS[multiplier] ?? 0);
  const unit = readMeasure(c);
  if (unit === undefined || (lower.unit !== undefined && lower.unit !== unit)) return fail();
  const max = scaleDecimal(token.digits, power);
  const lowerValue = lower.unit === undefined && lower.power === 0 ? lower.value * 10 ** power : lower.value;
  if (max < lowerValue) return fail();
  return { max, unit, power: lower.unit === undefined && lower.power === 0 ? power : 0 };
}

interface Reading {
  quantity: FoundQuantity;
  /** Where scanning goes on. */
  next: number;
}

function readDateOrOrdinal(text: string, token: NumberToken): Reading | undefined {
  const date = dateEnd(text, token);
  if (date !== undefined) {
    return { quantity: found(text, { start: token.start, end: date }, 'date', Number(token.digits)), next: date };
  }
  if (!isOrdinal(text, token)) return undefined;
  const value = numberValue(token, 0);
  if (value === undefined) return undefined;
  const start = text[token.start - 1] === '第' ? token.start - 1 : token.start;
  return { quantity: found(text, { start, end: token.end }, 'ordinal', value), next: token.end };
}

function approximation(before: string | undefined, after: string | undefined, trailing: string | undefined): Approximation {
  const fromBefore = QUALIFIERS_BEFORE.find(([w]) => w === before)?.[1];
  if (fromBefore !== undefined) return fromBefore;
  if (after !== undefined) return 'over';
  return QUALIFIERS_AFTER_UNIT.find(([w]) => w === trailing)?.[1] ?? 'exact';
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
  if (before === undefined) {
    const special = readDateOrOrdinal(text, token);
    if (special) return special;
    if (matchAt(TOGETHER, text, token.start) !== undefined) return undefined;
  }
  c.at = token.end;
  let after = readWord(c, QUALIFIERS_AFTER_NUMBER);
  const multiplier = readWord(c, Object.keys(MULTIPLIERS));
  after ??= readWord(c, QUALIFIERS_AFTER_NUMBER);
  const measured = readMeasure(c);
  const trailing = measured !== undefined || !token.chinese ? readWord(c, QUALIFIERS_AFTER_UNIT.map(([w]) => w)) : undefined;
  if (token.chinese && !isChineseFigure(token, before, after, multiplier, measured)) return undefined;
  // 近3年来 is "in the last three years", not "nearly three years".
  const qualifierBefore = before === '近' && measured === 'year' ? undefined : before;
  const power = multiplier === undefined ? 0 : (MULTIPLIERS[multiplier] ?? 0);
  const value = numberValue(token, power);
  if (value === undefined) return undefined;
  const plain = qualifierBefore === undefined && after === undefined && trailing === undefined;
  const range = plain && !token.chinese ? readRangeEnd(c, { unit: measured, power, value }) : undefined;
  const span = { start: qualifierBefore === undefined ? token.start : start, end: c.at };
  if (range) {
    return { quantity: found(text, span, 'count', value * 10 ** range.power, range.unit, 'range', undefined, range.max), next: c.at };
  }
  const qualifier = qualifierBefore ?? after ?? trailing;
  if (token.digits === '一' && qualifier === undefined && measured !== undefined) {
    const negation = NOT_ONE.exec(text.slice(Math.max(0, token.start - 4), token.start));
    if (negation) return { quantity: found(text, { start: token.start - negation[0].length, end: c.at }, 'count', 0, measured), next: c.at };
  }
  const approx = approximation(qualifierBefore, after, trailing);
  return { quantity: found(text, span, 'count', value, measured ?? 'none', approx, qualifier), next: c.at };
}

/**
 * A Chinese numeral is a figure only with a measure word (三批, 两所) or a qualifier and a
 * round magnitude (近万, 逾千, 数十); never one that opens with 百/千/万/亿 and has no qualifier.
 */
function isChineseFigure(
  token: NumberToken,
  before: string | undefined,
  after: string | undefined,
  multiplier: string | undefined,
  measured: Unit | undefined,
): boolean {
  const qualified = before !== undefined || after !== undefined;
  if (isBareMagnitude(token) && !qualified) return false;
  if (measured !== undefined) return true;
  return before !== undefined && (multiplier !== undefined || /[十百千万亿]$/.test(token.digits));
}

const STARTS = new RegExp(`[0-9０-９${NUMERAL_CHARS}将近约超逾数]`, 'g');

/**
 * Every quantity in a text, in order and without overlaps: counts and amounts with their
 * unit and qualifier (3.5万名, 8000余万元, 近1000万元, 超100万人(次), 10%—18%, 百余场), dates
 * (2020年, 2014年12月, 3月9日) and ordinals (第一, 十七届, 十四次党代会); a count stated as zero
 * in words (未出现一起 → 0 cases), starting at its negation. Every run of Arabic
 * digits is found, with unit `none` when no measure word follows; a Chinese numeral only where
 * a measure word follows it or a qualifier precedes it. Meant for normalised report text, but
 * tolerates layout spaces and line breaks between a number and what follows it. Never throws.
 */
export function findQuantities(text: string): FoundQuantity[] {
  const result: FoundQuantity[] = [];
  const starts = new RegExp(STARTS.source, 'g');
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const reading = readAt(text, match.index);
    if (!reading) continue;
    result.push(reading.quantity);
    starts.lastIndex = reading.next;
  }
  return result;
}

/**
 * Parses one figure as printed, the whole string: "8000余万元" → 80000000 yuan, over.
 * Undefined when the string is not exactly one quantity.
 *
 * @example parseQuantity('3.5万名') // { value: 35000, unit: 'person', approx: 'exact', text: '3.5万名' }
 */
export function parseQuantity(text: string): Quantity | undefined {
  const all = findQuantities(text);
  const only = all[0];
  if (all.length !== 1 || !only || only.start !== 0 || only.end !== text.length) return undefined;
  const { kind: _kind, start: _start, end: _end, ...quantity } = only;
  return quantity;
}
