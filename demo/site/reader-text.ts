import type { SetAsideReason } from '../../src/pipeline/annotation.js';
import type { Fact } from '../../src/dataset/types.js';

/** What the site build writes per report (scripts/site/reader-data.ts). */
export interface ReaderData {
  report: string;
  text: string;
  found: number;
  facts: number;
  setAside: { text: string; start: number; end: number; reason: SetAsideReason }[];
  /** The words of the text the report's period is read from: the dataset's parts leave them out. */
  evidence: string[];
}

/** A stretch of the report's text: plain, a fact's figure, or a quantity set aside. */
export type Run =
  | { kind: 'text'; text: string }
  | { kind: 'fact'; text: string; fact: Fact }
  | { kind: 'aside'; text: string; reason: SetAsideReason };

/** Where a fact's figure stands in the normalised text. */
export const figureSpan = (f: Fact) => ({ start: f.source.start + f.source.figureStart, end: f.source.start + f.source.figureStart + f.quantity.text.length });

/**
 * Cuts one line of the text into runs: every fact's figure and every set-aside quantity in
 * it, in order, the rest plain. `offset` is where the line starts in the whole text.
 */
export function runsOf(line: string, offset: number, facts: readonly Fact[], data: ReaderData): Run[] {
  const end = offset + line.length;
  const marks = [
    ...facts.map((fact) => ({ ...figureSpan(fact), run: { kind: 'fact' as const, fact } })),
    ...data.setAside.map((q) => ({ start: q.start, end: q.end, run: { kind: 'aside' as const, reason: q.reason } })),
  ]
    .filter((m) => m.start >= offset && m.end <= end)
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = offset;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks cannot both be drawn; the e2e test counts them
    if (mark.start > at) runs.push({ kind: 'text', text: line.slice(at - offset, mark.start - offset) });
    runs.push({ ...mark.run, text: line.slice(mark.start - offset, mark.end - offset) } as Run);
    at = mark.end;
  }
  if (at < end) runs.push({ kind: 'text', text: line.slice(at - offset) });
  return runs;
}
