import type { Locale } from './locale.js';

function zhDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/**
 * A period as a reader writes it: zh "2020年", "2018—2023年"; en "2020", "2018–2023".
 *
 * @example formatPeriod({ start: '2018', end: '2023' }, 'zh-CN') // "2018—2023年"
 */
export function formatPeriod(period: { start: string; end: string }, locale: Locale): string {
  if (locale === 'en') return period.start === period.end ? period.start : `${period.start}–${period.end}`;
  if (period.start === period.end) return zhDate(period.start);
  const plainYears = !period.start.includes('-') && !period.end.includes('-');
  return plainYears ? `${period.start}—${period.end}年` : `${zhDate(period.start)}—${zhDate(period.end)}`;
}
