const DIGITS: Record<string, number> = {
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

const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SECTIONS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral: 十七 → 17, 两千三百 → 2300, 百 → 100, 一万二千 → 12000.
 * Undefined for anything that is not one.
 */
export function parseChineseNumeral(numeral: string): number | undefined {
  if (numeral.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of numeral) {
    const d = DIGITS[char];
    const unit = UNITS[char];
    const big = SECTIONS[char];
    if (d !== undefined) {
      digit = d;
    } else if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = undefined;
    } else if (big !== undefined) {
      total = (total + section + (digit ?? 0) || 1) * big;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}
