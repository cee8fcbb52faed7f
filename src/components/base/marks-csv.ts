import type { Locale } from '../../format/locale.js';
import { quantityWords } from '../../format/quantity-words.js';
import { chartMessages } from './chart-messages.js';
import { csvText } from './csv.js';
import type { MarkRecord } from './mark-record.js';

const COLUMNS = ['label', 'value', 'unit', 'approx', 'text', 'period', 'region', 'report', 'quote'] as const;

function row(record: MarkRecord, locale: Locale): (string | number)[] {
  const words = quantityWords(record, locale);
  return COLUMNS.map((c) => (c === 'unit' || c === 'approx' ? words[c] : record[c]));
}

/**
 * The marks as CSV (RFC 4180, CRLF), one row per mark, headers in the reader's language.
 * It starts with a byte-order mark: without it Excel reads UTF-8 Chinese as mojibake.
 * Values are in base units (yuan, not 万元), so a spreadsheet can sum them; the unit column
 * names that base unit and the approximation column how the figure is stated, in the
 * reader's words (人, 超过 / people, over), not the dataset's codes.
 */
export function marksToCsv(records: readonly MarkRecord[], locale: Locale): string {
  const headers = chartMessages(locale).columns;
  return csvText(COLUMNS.map((c) => headers[c]), records.map((r) => row(r, locale)));
}
