import type { HonorRollAnnotation, ReportAnnotation } from './annotation.js';
import type { BuildContext } from './build-context.js';
import { locateQuote, sourceSpan } from './locate.js';
import type { LocatedLine } from '../dataset/spans.js';
import type { HonorEntry, HonorRoll, RollHeading, SourceSpan } from '../dataset/types.js';

type Section = { start: number; end: number };

function locateSection(roll: HonorRollAnnotation, context: BuildContext): Section | undefined {
  const text = context.normalized.text;
  const anchors = 'within' in roll.section ? [roll.section.within] : [roll.section.from, roll.section.to];
  const spans = anchors.map((quote) => (quote === undefined ? undefined : locateQuote(text, quote)));
  for (const [i, span] of spans.entries()) {
    if (span && !span.ok) {
      context.problems.push(`honour roll ${roll.key}: section quote "${anchors[i]}" is ${span.problem === 'missing' ? 'not in the text' : 'ambiguous'}`);
      return undefined;
    }
  }
  const [first, second] = spans;
  if (!first?.ok) return undefined;
  if ('within' in roll.section) return { start: first.start, end: first.end };
  const end = second?.ok ? second.start : text.length;
  if (end < first.end) context.problems.push(`honour roll ${roll.key}: section ends before it starts`);
  return { start: first.end, end };
}

/** Finds `needle` at or after `cursor.at` within the section, and moves the cursor past it. */
function nextOccurrence(text: string, needle: string, cursor: { at: number }, section: Section): Section | undefined {
  const start = text.indexOf(needle, cursor.at);
  if (start < 0 || start + needle.length > section.end) return undefined;
  cursor.at = start + needle.length;
  return { start, end: start + needle.length };
}

/** Ends a printed line or sentence: a line break or a sentence's final stop. */
const LINE_END = /[\n。！？；]/;

/**
 * The line or sentence around a name: from the last line break or sentence stop before it
 * to the next one after it (the stop kept, the break left out). A name in a printed list
 * gets its own line; a name in running text gets its sentence.
 */
export function printedLine(text: string, name: SourceSpan): LocatedLine {
  let start = name.start;
  while (start > 0 && !LINE_END.test(text[start - 1]!)) start -= 1;
  let end = name.end;
  while (end < text.length && !LINE_END.test(text[end]!)) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  return { start, end, quote: text.slice(start, end), nameStart: name.start - start, nameEnd: name.end - start };
}

function buildEntries(roll: HonorRollAnnotation, section: Section, context: BuildContext): HonorEntry[] {
  const text = context.normalized.text;
  const names = { at: section.start };
  const workplaces = { at: section.start };
  const entries: HonorEntry[] = [];
  const locate = (needle: string, cursor: { at: number }, what: string): SourceSpan | undefined => {
    const span = nextOccurrence(text, needle, cursor, section);
    if (!span) {
      context.problems.push(`honour roll ${roll.key}: ${what} "${needle}" is not in its section (in order)`);
      return undefined;
    }
    return sourceSpan(span.start, span.end);
  };
  for (const entry of roll.entries) {
    const nameSource = locate(entry.name, names, 'name');
    if (!nameSource) continue;
    const built: HonorEntry = { kind: entry.kind, name: entry.name, nameSource: { start: nameSource.start } };
    // Written only where it is more than the name (see PrintedLine: the rest is derived).
    const line = printedLine(text, nameSource);
    if (line.quote !== entry.name) built.line = { quote: line.quote, nameStart: line.nameStart };
    if (entry.workplace !== undefined) {
      const workplaceSource = locate(entry.workplace, workplaces, 'workplace');
      if (!workplaceSource) continue;
      built.workplace = entry.workplace;
      built.workplaceSource = { start: workplaceSource.start };
    }
    entries.push(built);
  }
  return entries;
}

function locateHeading(roll: HonorRollAnnotation, context: BuildContext): RollHeading | undefined {
  if (roll.heading === undefined) return undefined;
  const at = locateQuote(context.normalized.text, roll.heading);
  if (at.ok) return { start: at.start, quote: roll.heading };
  const detail = at.problem === 'missing' ? 'is not in the text' : `stands ${at.count} times in the text`;
  context.problems.push(`honour roll ${roll.key}: heading "${roll.heading}" ${detail}`);
  return undefined;
}

/** The report's honour rolls, each name and workplace located in the text. */
export function buildHonorRolls(annotation: ReportAnnotation, context: BuildContext): HonorRoll[] {
  const rolls: HonorRoll[] = [];
  for (const roll of annotation.honorRolls) {
    if (roll.entries.length === 0) context.problems.push(`honour roll ${roll.key} has no entries`);
    const section = locateSection(roll, context);
    if (!section) continue;
    const built: HonorRoll = {
      id: `${annotation.report.id}.${roll.key}`,
      report: annotation.report.id,
      award: roll.award,
      level: roll.level,
      entries: buildEntries(roll, section, context),
    };
    if (roll.year !== undefined) built.year = roll.year;
    if (roll.issuer) built.issuer = roll.issuer;
    const heading = locateHeading(roll, context);
    if (heading) built.heading = heading;
    rolls.push(built);
  }
  return rolls;
}
