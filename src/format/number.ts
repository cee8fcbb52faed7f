import type { Locale } from './locale.js';

/** At most two decimals, trailing zeros dropped: 3.2677 → "3.27", 8000 → "8000". */
export function trimDecimals(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A number with the locale's grouping: 32677 → "32,677". */
export function groupDigits(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 }).format(value);
}

/** zh compact: 万 from ten thousand, 亿 from a hundred million: 32677 → ["3.27", "万"]. */
export function zhCompact(value: number): [string, string] {
  const abs = Math.abs(value);
  if (abs >= 1e8) return [trimDecimals(value / 1e8), '亿'];
  if (abs >= 1e4) return [trimDecimals(value / 1e4), '万'];
  return [trimDecimals(value), ''];
}

/** en compact: words from a million: 1335900 → "1.34 million"; below, grouped digits. */
export function enCompact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trimDecimals(value / 1e9)} billion`;
  if (abs >= 1e6) return `${trimDecimals(value / 1e6)} million`;
  return groupDigits(value, 'en');
}
