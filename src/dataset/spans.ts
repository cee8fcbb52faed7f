import type { Fact, HonorEntry, SourceSpan } from './types.js';

/**
 * Where a quote stands in the normalised text (a fact's source, a list's heading): it starts
 * at `start` and is `quote.length` long, so the dataset does not write its end.
 */
export function quoteSpan(located: { start: number; quote: string }): SourceSpan {
  return { start: located.start, end: located.start + located.quote.length };
}

/** An entry's line with everything the dataset leaves to derive: its place and the name's. */
export interface LocatedLine extends SourceSpan {
  /** The line or sentence (normalised text), from start to end. */
  quote: string;
  /** Where the name stands inside the quote: offsets relative to the quote's start. */
  nameStart: number;
  nameEnd: number;
}

/**
 * The line or sentence an entry's name is printed in, placed in the normalised text: the
 * name's own line when the entry writes none (a printed list), else the written line,
 * placed by where the name starts in both.
 */
export function entryLine(entry: HonorEntry): LocatedLine {
  const { quote, nameStart } = entry.line ?? { quote: entry.name, nameStart: 0 };
  const start = entry.nameSource.start - nameStart;
  return { start, end: start + quote.length, quote, nameStart, nameEnd: nameStart + entry.name.length };
}

/** Where a fact's figure stands in its quote: it is the quantity's text as printed. */
export function figureSpan(fact: Fact): SourceSpan {
  const { figureStart } = fact.source;
  return { start: figureStart, end: figureStart + fact.quantity.text.length };
}
