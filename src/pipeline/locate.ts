import type { SourceSpan } from '../dataset/types.js';

/** Where a quote stands, or why it cannot be said. */
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; problem: 'missing' | 'ambiguous'; count: number };

/** Finds a quote that must occur exactly once in `text` (between `from` and `to`). */
export function locateQuote(text: string, quote: string, from = 0, to = text.length): QuoteLocation {
  if (quote.length === 0) return { ok: false, problem: 'missing', count: 0 };
  const first = text.indexOf(quote, from);
  if (first < 0 || first + quote.length > to) return { ok: false, problem: 'missing', count: 0 };
  let count = 1;
  for (let i = text.indexOf(quote, first + 1); i >= 0 && i + quote.length <= to; i = text.indexOf(quote, i + 1)) {
    count += 1;
  }
  if (count > 1) return { ok: false, problem: 'ambiguous', count };
  return { ok: true, start: first, end: first + quote.length };
}

/** A span of the normalised text (normalizeReportText maps it back to the raw file). */
export function sourceSpan(start: number, end: number): SourceSpan {
  return { start, end };
}
