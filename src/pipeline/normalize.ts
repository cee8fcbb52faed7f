/** A report's text with the newspaper layout undone, and the way back to the raw offsets. */
export interface NormalizedText {
  /** The normalised text. Paragraphs (headings are paragraphs of their own) are separated by exactly "\n"; no other line breaks remain. */
  readonly text: string;
  /** The raw offset of normalised offset `i` (0 ≤ i ≤ text.length; text.length maps to raw.length). Non-decreasing. */
  rawOffset(i: number): number;
  /** The paragraphs, as [start, end) ranges in `text`. */
  readonly paragraphs: ReadonlyArray<{ start: number; end: number }>;
}

/** One non-blank physical line of the raw text. */
interface Line {
  /** Raw offset of the line's first character. */
  readonly start: number;
  /** Raw offset just past the line's content (its "\r\n" or "\n" excluded). */
  readonly end: number;
  readonly content: string;
  /** The content without surrounding whitespace, for classification. */
  readonly trimmed: string;
  /** Blank lines between this line and the previous non-blank one (for the first line: before it). */
  readonly blanksBefore: number;
  /** Index of the block (run of lines with no blank line between them) the line belongs to. */
  readonly block: number;
}

interface Block {
  readonly first: number;
  /** Index of the block's last line (inclusive). */
  readonly last: number;
}

type LineKind = 'body' | 'heading' | 'list';

/**
 * A sentence ends a paragraph at the end of a line: 。！？… possibly followed by closing quotes
 * or brackets. Not ；or ，: the columns break after those in mid-paragraph.
 */
const SENTENCE_END = /[。！？!?…][”’"'」』）)]*$/u;
/** Punctuation that never occurs in headings or list entries (quotes and brackets do). */
const CLAUSE_PUNCTUATION = /[，。、；：！？…,;:!?]/u;
/** Characters that cannot open a paragraph, so a line starting with one continues the previous line. */
const CONTINUATION_START = /^[，。、；：！？…,;:!?%）)”’」』》]/u;
/** Typographic markers that open a section heading or a photo caption. */
const MARKER_START = /^(?:[◎▲◀▶●■◆★☆▼▷◁]|——|关键词[:：])/u;
const WHITESPACE = /\s/u;
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;

/** Longest heading (in CJK-width characters); the longest in the reports has 33. */
const MAX_HEADING_WIDTH = 40;
/** Longest entry of a printed list; the longest honour-list entry has 36. */
const MAX_LIST_ENTRY_WIDTH = 48;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  let block = -1;
  let start = 0;
  for (const piece of raw.split('\n')) {
    const content = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
    const trimmed = content.trim();
    if (trimmed === '') blanks += 1;
    else {
      if (blanks > 0 || block < 0) block += 1;
      lines.push({ start, end: start + content.length, content, trimmed, blanksBefore: blanks, block });
      blanks = 0;
    }
    start += piece.length + 1;
  }
  return lines;
}

function groupBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const block = blocks[line.block];
    blocks[line.block] = { first: block ? block.first : i, last: i };
  });
  return blocks;
}

/** Printed width: a CJK character counts 1, an ASCII one ½ (digits and Latin letters are half-width). */
function width(text: string): number {
  let total = 0;
  for (const char of text) {
    if (WHITESPACE.test(char)) continue;
    total += char.charCodeAt(0) < 0x80 ? 0.5 : 1;
  }
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The width a block's body lines fill: its last line is left out, as a paragraph's last line is often short. */
function typicalWidth(lines: readonly Line[], block: Block): number {
  const widths: number[] = [];
  for (let i = block.first; i < block.last; i += 1) widths.push(width(lines[i]!.trimmed));
  return median(widths);
}

/** A headline's phrases set apart by single spaces ("勇担新使命 奋进新征程"); letter-spacing leaves one-character runs. */
function isPhraseSpaced(trimmed: string): boolean {
  const phrases = trimmed.split(/\s+/u);
  return phrases.length > 1 && phrases.every((phrase) => [...phrase].length >= 2);
}

/** A block of two or more lines with no clause punctuation at all: a printed list or a headline with its subtitle. */
function isListBlock(lines: readonly Line[], block: Block): boolean {
  if (block.last === block.first) return false;
  for (let i = block.first; i <= block.last; i += 1) {
    const { trimmed } = lines[i]!;
    if (CLAUSE_PUNCTUATION.test(trimmed) || width(trimmed) > MAX_LIST_ENTRY_WIDTH) return false;
  }
  return true;
}

/** Decides, line by line, what each line is and where paragraphs end. */
class LineClassifier {
  private readonly blocks: Block[];
  private readonly listBlocks: boolean[];
  readonly kinds: LineKind[] = [];

  constructor(private readonly lines: readonly Line[]) {
    this.blocks = groupBlocks(lines);
    this.listBlocks = this.blocks.map((block) => isListBlock(lines, block));
    lines.forEach((_, i) => this.kinds.push(this.classify(i)));
  }

  /** Whether the paragraph that holds line i ends with it. */
  endsParagraph(i: number): boolean {
    const next = this.lines[i + 1];
    if (!next) return true;
    if (MARKER_START.test(next.trimmed)) return true;
    if (this.kinds[i] !== 'body' || this.kinds[i + 1] !== 'body') return true;
    if (CONTINUATION_START.test(next.trimmed)) return false;
    return SENTENCE_END.test(this.lines[i]!.trimmed);
  }

  private classify(i: number): LineKind {
    const line = this.lines[i]!;
    if (this.listBlocks[line.block]) return 'list';
    if (MARKER_START.test(line.trimmed)) return this.isLastOfBlock(i) ? 'heading' : 'body';
    return this.isHeading(i) ? 'heading' : 'body';
  }

  private isLastOfBlock(i: number): boolean {
    return this.blocks[this.lines[i]!.block]!.last === i;
  }

  private standsAlone(i: number): boolean {
    return (i === 0 || this.lines[i]!.blanksBefore > 0) && this.isLastOfBlock(i);
  }

  /** Whether a paragraph may start at line i: the previous line ended a sentence, a heading or a list entry. */
  private opensParagraph(i: number): boolean {
    const previous = this.lines[i - 1];
    return !previous || this.kinds[i - 1] !== 'body' || SENTENCE_END.test(previous.trimmed);
  }

  /**
   * A heading or caption: a short line with no clause punctuation standing alone between blank
   * lines where a paragraph may start, with something that sets it apart from a body line.
   */
  private isHeading(i: number): boolean {
    const { trimmed } = this.lines[i]!;
    if (SENTENCE_END.test(trimmed) || CLAUSE_PUNCTUATION.test(trimmed) || CONTINUATION_START.test(trimmed)) return false;
    if (width(trimmed) > MAX_HEADING_WIDTH || !this.standsAlone(i) || !this.opensParagraph(i)) return false;
    return this.hasHeadingContext(i) || this.isNarrowerThanNextBlock(i);
  }

  /**
   * The clear signs: the first line, extra blank lines before it, a heading or list before it,
   * phrase spacing, or a list or marker (or the end of the text) after it.
   */
  private hasHeadingContext(i: number): boolean {
    const line = this.lines[i]!;
    const next = this.lines[i + 1];
    return (
      i === 0 ||
      line.blanksBefore >= 2 ||
      this.kinds[i - 1] !== 'body' ||
      isPhraseSpaced(line.trimmed) ||
      !next ||
      MARKER_START.test(next.trimmed) ||
      this.listBlocks[next.block] === true
    );
  }

  /**
   * The weak sign, for double-spaced columns where every body line stands alone too: the next
   * block is set solid (several lines) and this line is narrower than that block's lines.
   */
  private isNarrowerThanNextBlock(i: number): boolean {
    const next = this.lines[i + 1];
    if (!next) return false;
    const block = this.blocks[next.block]!;
    return block.last > block.first && width(this.lines[i]!.trimmed) < typicalWidth(this.lines, block);
  }
}

/**
 * Whether the whitespace between `before` and `after` is kept (as one space): between two ASCII
 * words or numbers ("Hello World"; fusing "100 200" would forge a figure), and between the
 * phrases of a heading ("勇担新使命 奋进新征程").
 */
function keepsSpace(before: string, after: string, phraseLine: boolean): boolean {
  if (ASCII_WORD_CHAR.test(before) && ASCII_WORD_CHAR.test(after)) return true;
  return phraseLine && before.charCodeAt(0) >= 0x80 && after.charCodeAt(0) >= 0x80;
}

/** The normalised text and its offset map, built together in one pass. */
class TextBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];

  get length(): number {
    return this.offsets.length;
  }

  /** Appends raw characters taken from consecutive raw offsets from `rawOffset`. */
  copy(chars: string, rawOffset: number): void {
    this.parts.push(chars);
    for (let k = 0; k < chars.length; k += 1) this.offsets.push(rawOffset + k);
  }

  /** Appends a separator (" " or "\n") standing for the raw whitespace at `rawOffset`. */
  insert(separator: string, rawOffset: number): void {
    this.parts.push(separator);
    this.offsets.push(rawOffset);
  }

  build(rawLength: number): { text: string; offsets: Int32Array } {
    const offsets = new Int32Array(this.offsets.length + 1);
    offsets.set(this.offsets);
    offsets[this.offsets.length] = rawLength;
    return { text: this.parts.join(''), offsets };
  }
}

function appendLine(out: TextBuilder, line: Line, phraseLine: boolean): void {
  let raw = line.start;
  let spaceAt = -1;
  let previous: string | undefined;
  for (const char of line.content) {
    if (WHITESPACE.test(char)) {
      if (spaceAt < 0) spaceAt = raw;
    } else {
      if (previous !== undefined && spaceAt >= 0 && keepsSpace(previous, char, phraseLine)) out.insert(' ', spaceAt);
      spaceAt = -1;
      out.copy(char, raw);
      previous = char;
    }
    raw += char.length;
  }
}

/** A heading or list line whose spaces separate phrases, not letters, and which has no clause punctuation. */
function keepsPhraseSpaces(line: Line, kind: LineKind | undefined): boolean {
  return kind !== 'body' && isPhraseSpaced(line.trimmed) && !CLAUSE_PUNCTUATION.test(line.trimmed);
}

function checkedOffset(offsets: Int32Array, i: number): number {
  if (!Number.isInteger(i) || i < 0 || i >= offsets.length) {
    throw new RangeError(`normalised offset ${i} is outside 0…${offsets.length - 1}`);
  }
  return offsets[i]!;
}

/**
 * Undoes the newspaper layout of a report.
 *
 * - Lines are joined, with no separator, unless a paragraph ends: a line ending a sentence
 *   (。！？… and closing quotes after them) ends one; other lines run on, across blank lines and
 *   column breaks too ("…劳动和技能\n\n竞赛2万余场(次)" → "…劳动和技能竞赛2万余场(次)").
 * - Headings and captions are paragraphs of their own: a line opening with a marker (◎ ▲ ◀ ——
 *   关键词:) that is the last of its block; a short line with no clause punctuation standing
 *   alone between blank lines after a sentence end, with a clear sign (first line, extra blank
 *   lines, a heading or list next to it, phrase spacing, a marker or the end after it) or, in
 *   double-spaced columns, narrower than the solid block after it.
 * - A block of two or more lines with no clause punctuation is a list: one entry per paragraph.
 * - Whitespace is removed, except one space between two ASCII letters or digits and between
 *   the phrases of a heading or list line ("全媒体记者 龚盈盈"). CR LF becomes LF; no other
 *   character is changed.
 *
 * `rawOffset` maps each normalised offset back to the raw text; an inserted "\n" or space maps
 * to the raw whitespace it stands for.
 */
export function normalizeReportText(raw: string): NormalizedText {
  const lines = splitLines(raw);
  const classifier = new LineClassifier(lines);
  const out = new TextBuilder();
  const paragraphs: { start: number; end: number }[] = [];
  let paragraphStart = 0;
  lines.forEach((line, i) => {
    appendLine(out, line, keepsPhraseSpaces(line, classifier.kinds[i]));
    if (!classifier.endsParagraph(i) || out.length === paragraphStart) return;
    paragraphs.push({ start: paragraphStart, end: out.length });
    if (i < lines.length - 1) out.insert('\n', line.end);
    paragraphStart = out.length;
  });
  const { text, offsets } = out.build(raw.length);
  return { text, paragraphs, rawOffset: (i: number) => checkedOffset(offsets, i) };
}
