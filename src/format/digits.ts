/**
 * Which way a figure's last written digit goes: to the nearest (an exact figure), down (an
 * "over" figure: "over ¥1.09 million" for 109.6万余元, never "over ¥1.1 million", which
 * claims more than the report), or up (a "nearly" figure).
 */
export type Rounding = 'nearest' | 'down' | 'up';

/**
 * Writes a finite, non-negative number with at most two decimals, trailing zeros dropped,
 * grouped by thousands with "," when `grouping`: what Intl.NumberFormat writes for en-US and
 * zh-CN with `maximumFractionDigits: 2`, rounding half away from zero on the shortest
 * decimal form of the number, as ICU does. Written by hand because the first
 * Intl.NumberFormat of a page costs about 45 ms in Chromium (it loads ICU's number data),
 * several times what the browser needs to draw the card itself.
 *
 * @example writeDigits(32677, true) // "32,677"
 * @example writeDigits(1.005, false) // "1.01"
 */
export function writeDigits(value: number, grouping: boolean, rounding: Rounding = 'nearest'): string {
  // toExponential() gives the shortest digits that read back as the same number.
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const e = Number(exponent);
  let whole = e >= 0 ? digits.slice(0, e + 1).padEnd(e + 1, '0') : '0';
  let fraction = e >= 0 ? digits.slice(e + 1) : '0'.repeat(-e - 1) + digits;
  if (fraction.length > 2) {
    const rest = fraction.slice(2);
    const roundUp = rounding === 'nearest' ? rest[0]! >= '5' : rounding === 'up' && /[1-9]/.test(rest);
    fraction = fraction.slice(0, 2);
    if (roundUp) [whole, fraction] = increment(whole, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** whole.fraction plus one unit in the last place of `fraction` (two digits). */
function increment(whole: string, fraction: string): [string, string] {
  const chars = `${whole}${fraction}`.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === '9') chars[i--] = '0';
  if (i < 0) chars.unshift('1');
  else chars[i] = String(Number(chars[i]) + 1);
  const all = chars.join('');
  return [all.slice(0, all.length - 2), all.slice(-2)];
}
