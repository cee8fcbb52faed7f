import type { ReportAnnotation, SetAsideReason } from './annotation.js';
import type { BuildContext } from './build-context.js';
import { locateQuote } from './locate.js';
import type { FoundQuantity } from './quantity.js';
import type { Fact } from '../dataset/types.js';

/** A quantity the parser found that is neither a fact nor set aside. */
export interface UnaccountedQuantity {
  text: string;
  start: number;
  /** The text around it, to help write the annotation. */
  context: string;
}

/** A quantity that is not a fact, where it stands and why. */
export interface SetAsideQuantity {
  text: string;
  start: number;
  end: number;
  reason: SetAsideReason;
}

/** How one report's quantities were accounted for. */
export interface ReportCoverage {
  report: string;
  found: number;
  facts: number;
  setAside: Partial<Record<SetAsideReason, number>>;
  /** Each set-aside quantity with its offsets in the normalised text, for a reader to mark. */
  setAsideAt: SetAsideQuantity[];
  unaccounted: UnaccountedQuantity[];
}

function surroundings(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 12), Math.min(text.length, end + 12)).replace(/\n/g, '⏎');
}

/**
 * Accounts for every quantity found in a report: a fact, a date or ordinal (by rule), or
 * set aside by an annotation. A set-aside quote that covers no quantity is a problem, so
 * stale notes do not pile up.
 */
export function accountQuantities(
  annotation: ReportAnnotation,
  found: FoundQuantity[],
  facts: Fact[],
  context: BuildContext,
): ReportCoverage {
  const text = context.normalized.text;
  const factStarts = new Set(facts.map((f) => f.source.start + f.source.figureStart));
  const reasons = new Map<FoundQuantity, SetAsideReason>();
  for (const q of found) {
    if (q.kind === 'date' || q.kind === 'ordinal') reasons.set(q, q.kind);
  }
  for (const setAside of annotation.setAside) {
    const at = locateQuote(text, setAside.quote);
    if (!at.ok) {
      context.problems.push(`set-aside quote "${setAside.quote}" ${at.problem === 'missing' ? 'is not in the text' : `stands ${at.count} times`}`);
      continue;
    }
    const covered = found.filter((q) => q.start >= at.start && q.end <= at.end && !factStarts.has(q.start) && !reasons.has(q));
    if (covered.length === 0) context.problems.push(`set-aside quote "${setAside.quote}" covers no quantity left to account for`);
    for (const q of covered) reasons.set(q, setAside.reason);
  }
  const setAsideCounts: Partial<Record<SetAsideReason, number>> = {};
  for (const reason of reasons.values()) setAsideCounts[reason] = (setAsideCounts[reason] ?? 0) + 1;
  const unaccounted = found
    .filter((q) => !factStarts.has(q.start) && !reasons.has(q))
    .map((q) => ({ text: q.text, start: q.start, context: surroundings(text, q.start, q.end) }));
  const setAsideAt = [...reasons].map(([q, reason]) => ({ text: q.text, start: q.start, end: q.end, reason })).sort((a, b) => a.start - b.start);
  return { report: annotation.report.id, found: found.length, facts: facts.length, setAside: setAsideCounts, setAsideAt, unaccounted };
}
