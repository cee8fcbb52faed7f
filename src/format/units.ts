import type { CountNoun, Unit } from '../dataset/types.js';

/** Units whose word is the unit itself, whatever is counted: money, shares, bare numbers. */
const UNCOUNTED: ReadonlySet<Unit> = new Set(['yuan', 'percent', 'none']);

/** The measure word a report prints for each unit, its usual one first, with its alternatives as printed. */
const ZH_MEASURE: Record<Unit, readonly string[]> = {
  yuan: ['元'],
  person: ['名', '人', '位'],
  'person-time': ['人次'],
  organisation: ['家'],
  household: ['户'],
  event: ['场次', '场'],
  percent: ['%'],
  piece: ['件'],
  case: ['起'],
  project: ['项'],
  unit: ['个'],
  copy: ['份'],
  volume: ['册'],
  facility: ['所'],
  batch: ['批', '批次'],
  time: ['次'],
  year: ['年'],
  item: ['条'],
  bus: ['辆'],
  none: [''],
};

/**
 * The zh measure word for a quantity: the one its printed text ends with (人 for "6人", 位 for
 * "3位", 场 for "20场", 批 for "3批") when that is one of the unit's words, else the unit's
 * usual word: 名 for people (the reports' word for counted staff and workers), 场次 for events,
 * 批 for batches. A trailing 以上/左右 and a bracketed (次) are looked past. Where the printed text
 * has none (a count made from a list), the counted noun's measure word comes before the unit's.
 *
 * @example zhMeasureWord('person', '100人左右') // '人'
 * @example zhMeasureWord('person', '') // '名'
 * @example zhMeasureWord('organisation', '', { zh: '家', one: 'library', other: 'libraries' }) // '家'
 */
export function zhMeasureWord(unit: Unit, printed?: string, noun?: CountNoun): string {
  const words = ZH_MEASURE[unit];
  const bare = printed?.replace(/[(（]次[)）]$/, '次').replace(/(以上|左右)$/, '');
  const counted = noun && !UNCOUNTED.has(unit) ? noun.zh : undefined;
  return words.find((w) => w !== '' && bare?.endsWith(w)) ?? counted ?? words[0] ?? '';
}

/** The unit's usual zh measure word: what a count noun's `zh` is when the dataset leaves it out. */
export function usualMeasureWord(unit: Unit): string {
  return ZH_MEASURE[unit][0] ?? '';
}

/** The en noun for a count other than one: the noun's `other`, else its `one` with an "s". */
export function pluralNoun(noun: CountNoun): string {
  return noun.other ?? `${noun.one}s`;
}

/** English nouns: singular and plural. */
const EN_NOUNS: Record<Unit, readonly [string, string]> = {
  yuan: ['yuan', 'yuan'],
  person: ['person', 'people'],
  'person-time': ['person-time', 'person-times'],
  organisation: ['organisation', 'organisations'],
  household: ['household', 'households'],
  event: ['event', 'events'],
  percent: ['percent', 'percent'],
  piece: ['item', 'items'],
  case: ['case', 'cases'],
  project: ['project', 'projects'],
  unit: ['unit', 'units'],
  copy: ['copy', 'copies'],
  volume: ['volume', 'volumes'],
  facility: ['facility', 'facilities'],
  batch: ['batch', 'batches'],
  time: ['time', 'times'],
  year: ['year', 'years'],
  item: ['item', 'items'],
  bus: ['bus', 'buses'],
  none: ['', ''],
};

/**
 * The English noun for `count` of a unit: singular for exactly one. Empty for `none`. The
 * counted noun, when given, comes before the unit's ("401 libraries", not "401 organisations"),
 * except for money, percentages and bare numbers.
 *
 * @example enNoun('person', 1) // 'person'
 * @example enNoun('copy', 3) // 'copies'
 * @example enNoun('organisation', 401, { zh: '家', one: 'library', other: 'libraries' }) // 'libraries'
 */
export function enNoun(unit: Unit, count: number, noun?: CountNoun): string {
  const [one, many] = noun && !UNCOUNTED.has(unit) ? [noun.one, pluralNoun(noun)] : EN_NOUNS[unit];
  return count === 1 ? one : many;
}
