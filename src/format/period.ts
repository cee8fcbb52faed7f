import type { Locale } from './locale.js';

/** "2021-03-08" → "2021年3月8日"; "2020" → "2020年". */
function zhDate(date: string): string {
  const [year = '', month, day] = date.split('-');
  const monthText = month ? `${Number(month)}月` : '';
  return `${year}年${monthText}${day && monthText ? `${Number(day)}日` : ''}`;
}

const isYear = (date: string): boolean => !date.includes('-');

function enPeriod(start: string, end: string): string {
  if (start === end) return start;
  // Between dates that hold hyphens, a bare en dash would read as one more of them.
  return isYear(start) && isYear(end) ? `${start}–${end}` : `${start} – ${end}`;
}

function zhPeriod(start: string, end: string): string {
  if (start === end) return zhDate(start);
  return isYear(start) && isYear(end) ? `${start}—${end}年` : `${zhDate(start)}—${zhDate(end)}`;
}

/**
 * A period as a reader writes it: zh "2020年", "2018—2023年", "2021年1月—2021年2月"; en "2020",
 * "2018–2023", "2021-01 – 2021-02". Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the `Period`
 * pattern); when one end is empty the other stands alone, when both are, the result is "".
 *
 * @example formatPeriod({ start: '2018', end: '2023' }, 'zh-CN') // "2018—2023年"
 * @example formatPeriod({ start: '2020', end: '2020' }, 'en') // "2020"
 */
export function formatPeriod(period: { start: string; end: string }, locale: Locale): string {
  const start = period.start.trim() || period.end.trim();
  const end = period.end.trim() || start;
  if (start === '') return '';
  return locale === 'en' ? enPeriod(start, end) : zhPeriod(start, end);
}

/**
 * The point in time a stock stands at: zh "截至2023年", en "as of 2023". Dates as in `formatPeriod`.
 *
 * @example formatAsOf('2023', 'zh-CN') // "截至2023年"
 * @example formatAsOf('2017-12', 'en') // "as of 2017-12"
 */
export function formatAsOf(date: string, locale: Locale): string {
  const at = date.trim();
  if (at === '') return '';
  return locale === 'en' ? `as of ${at}` : `截至${zhDate(at)}`;
}
