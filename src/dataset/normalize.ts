/** A report's text with the newspaper layout undone, and the way back to the raw offsets. */
export interface NormalizedText {
  /** One paragraph (or heading) per line, separated by "\n"; no other line breaks. */
  readonly text: string;
  /** The raw offset of normalised offset `i` (0 ≤ i ≤ text.length); non-decreasing. */
  rawOffset(i: number): number;
  /** The paragraphs, as [start, end) ranges in `text`. */
  readonly paragraphs: ReadonlyArray<{ start: number; end: number }>;
}

interface Line {
  /** Offset of the line's first character in the raw text. */
  start: number;
  content: string;
  /** How many blank lines stand before it. */
  blanksBefore: number;
}

/**
 * Lines that end a sentence: 。！？… (possibly inside a closing quote or bracket). Not ；: the
 * reports break columns after one in mid-paragraph.
 */
const SENTENCE_END = /[。！？!?…][”’"」』）)]*$/;
const SENTENCE_PUNCTUATION = /[，。、；：！？,;:!?]/;
const MARKER_START = /^(◎|▲|◀|▶|●|■|——)/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  let start = 0;
  for (const piece of raw.split('\n')) {
    const content = piece.replace(/\r$/, '');
    if (content.trim() === '') blanks += 1;
    else {
      lines.push({ start, content, blanksBefore: blanks });
      blanks = 0;
    }
    start += piece.length + 1;
  }
  return lines;
}

/** A line with two or more phrases set apart by spaces, as headlines are: "勇担新使命 奋进新征程". */
function hasPhraseSpaces(content: string): boolean {
  const phrases = content.trim().split(/[ \u3000]+/);
  return phrases.length > 1 && phrases.every((p) => p.length >= 2) && phrases.some((p) => p.length >= 3);
}

/** A block: lines not separated by blank lines. A block of several lines with no sentence punctuation is a list. */
function isListBlock(lines: Line[], from: number): boolean {
  let end = from + 1;
  while (end < lines.length && lines[end]!.blanksBefore === 0) end += 1;
  let start = from;
  while (start > 0 && lines[start]!.blanksBefore === 0) start -= 1;
  if (end - start < 2) return false;
  return lines.slice(start, end).every((l) => !SENTENCE_PUNCTUATION.test(l.content));
}

function standsAlone(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return lines[i]!.blanksBefore > 0 && (!next || next.blanksBefore > 0);
}

/** A heading, byline or caption standing on a line of its own between blank lines. */
function isHeading(lines: Line[], i: number, headings: boolean[]): boolean {
  const line = lines[i]!;
  const content = line.content.trim();
  if (!standsAlone(lines, i) || SENTENCE_END.test(content)) return false;
  if (MARKER_START.test(content) || content.startsWith('关键词') || hasPhraseSpaces(content)) return true;
  if (content.length > (line.blanksBefore >= 2 ? 24 : 16)) return false;
  const previous = lines[i - 1];
  const startsParagraph = !previous || headings[i - 1] === true || SENTENCE_END.test(previous.content.trim());
  if (!startsParagraph) return false;
  const next = lines[i + 1];
  const nextBlockHasSeveralLines = !!lines[i + 2] && lines[i + 2]!.blanksBefore === 0;
  return (
    line.blanksBefore >= 2 ||
    headings[i - 1] === true ||
    !next ||
    MARKER_START.test(next.content.trim()) ||
    nextBlockHasSeveralLines
  );
}

/** Whether line i + 1 continues the paragraph of line i. */
function continues(lines: Line[], i: number, headings: boolean[]): boolean {
  const line = lines[i]!;
  const next = lines[i + 1]!;
  if (SENTENCE_END.test(line.content.trim())) return false;
  if (isListBlock(lines, i)) return false;
  if (next.blanksBefore === 0) return true;
  return !headings[i] && !headings[i + 1] && !isListBlock(lines, i + 1);
}

/** Whether a space between `before` and `after` is kept: between Latin words, or headline phrases. */
function keepsSpace(before: string | undefined, after: string | undefined, phraseLine: boolean): boolean {
  if (!before || !after) return false;
  if (/[A-Za-z0-9]/.test(before) && /[A-Za-z]/.test(after)) return true;
  if (/[A-Za-z]/.test(before) && /[A-Za-z0-9]/.test(after)) return true;
  return phraseLine && CJK.test(before) && CJK.test(after);
}

class TextBuilder {
  text = '';
  readonly offsets: number[] = [];

  push(char: string, rawOffset: number): void {
    this.text += char;
    this.offsets.push(rawOffset);
  }
}

function appendLine(out: TextBuilder, line: Line, phraseLine: boolean): void {
  const chars = [...line.content];
  let raw = line.start;
  let pendingSpace = -1;
  let last: string | undefined;
  for (const char of chars) {
    if (/\s/.test(char)) {
      if (pendingSpace < 0) pendingSpace = raw;
    } else {
      if (pendingSpace >= 0 && keepsSpace(last, char, phraseLine)) out.push(' ', pendingSpace);
      pendingSpace = -1;
      for (let k = 0; k < char.length; k += 1) out.push(char[k]!, raw + k);
      last = char;
    }
    raw += char.length;
  }
}

/**
 * Undoes the newspaper layout of a report: joins lines broken inside a sentence, a word or
 * a number (across blank lines and column breaks too), removes the stray spaces between
 * characters ("疗 休 养 人 数 32677 名" → "疗休养人数32677名"), and keeps headings, captions
 * and printed lists (one name per line) as paragraphs of their own. Spaces stay only
 * between Latin words and between the phrases of a headline ("勇担新使命 奋进新征程").
 * Each character keeps its raw offset.
 */
export function normalizeReportText(raw: string): NormalizedText {
  const lines = splitLines(raw);
  const headings: boolean[] = [];
  lines.forEach((_, i) => headings.push(isHeading(lines, i, headings)));
  const out = new TextBuilder();
  const paragraphs: { start: number; end: number }[] = [];
  let paragraphStart = 0;
  lines.forEach((line, i) => {
    const phraseLine = (headings[i] === true || isListBlock(lines, i)) && hasPhraseSpaces(line.content);
    appendLine(out, line, phraseLine);
    if (i < lines.length - 1 && continues(lines, i, headings)) return;
    if (out.text.length > paragraphStart) paragraphs.push({ start: paragraphStart, end: out.text.length });
    if (i < lines.length - 1) {
      out.push('\n', line.start + line.content.length);
      paragraphStart = out.text.length;
    }
  });
  const offsets = [...out.offsets, raw.length];
  return {
    text: out.text,
    paragraphs,
    rawOffset: (i: number) => offsets[Math.max(0, Math.min(i, offsets.length - 1))]!,
  };
}
