function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180, CRLF) under a header row, starting with a byte-order mark: without
 * it Excel reads UTF-8 Chinese as mojibake.
 */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
