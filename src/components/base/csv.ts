import type { Locale } from '../../format/locale.js';
import { chartMessages } from './chart-messages.js';
import type { MarkRecord } from './mark-record.js';

const COLUMNS = ['label', 'value', 'unit', 'approx', 'text', 'period', 'region', 'report', 'quote'] as const;

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The marks as CSV (RFC 4180, CRLF), one row per mark, headers in the reader's language.
 * It starts with a byte-order mark: without it Excel reads UTF-8 Chinese as mojibake.
 * Values are in base units (yuan, not 万元), so a spreadsheet can sum them.
 */
export function marksToCsv(records: readonly MarkRecord[], locale: Locale): string {
  const headers = chartMessages(locale).columns;
  const lines = [COLUMNS.map((c) => cell(headers[c]))];
  for (const r of records) lines.push(COLUMNS.map((c) => cell(r[c])));
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
