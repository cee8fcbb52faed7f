/** The width of a text in CSS pixels, at the font it will be drawn in. */
export type Measure = (text: string) => number;

// Kinsoku shori, the CJK line-break rules (simplified): these never start a line...
const NO_START = /^[，。、；：？！）》」』”’】〕〉…—％%·,.;:?!)\]}]/u;
// ...and these never end one.
const NO_END = /[（《「『“‘【〔〈([{]$/u;
// A run of Latin letters or digits is one word: "2.0", "App", "5G" never break inside.
const WORD = /^[\p{L}\p{N}.\-+/&'%]+$/u;
/** A full-width character (CJK ideographs, kana, hangul, full-width punctuation): 1 em in CJK fonts. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** What takes no width of its own: combining marks (kana voicing marks too), and hangul vowel and final jamo after a leading one. */
const ZERO_WIDTH = /[\p{M}\u1160-\u11ff]/u;

/**
 * The width of `text` with each full-width character at 1 em (`em`), each mark at nothing,
 * and each run of other characters (Latin words, digits) at what `run` measures.
 */
export function measureAround(text: string, em: number, run: (narrow: string) => number): number {
  let width = 0;
  let start = 0;
  let at = 0;
  for (const char of text) {
    const zero = ZERO_WIDTH.test(char);
    const wide = !zero && WIDE.test(char);
    if (wide || zero) {
      if (at > start) width += run(text.slice(start, at));
      if (wide) width += em;
      start = at + char.length;
    }
    at += char.length;
  }
  return at > start ? width + run(text.slice(start)) : width;
}

/**
 * A measure without a DOM: full-width characters are 1 em, marks nothing, the rest 0.6 em.
 * Layout tests and servers use it; the widget passes a measure of the page's real font.
 */
export function approximateMeasure(fontSize: number): Measure {
  return (text) => measureAround(text, fontSize, (narrow) => [...narrow].length * fontSize * 0.6);
}

/**
 * A user-perceived character: a flag (two regional indicators), CR LF, a hangul syllable
 * of conjoining jamo, or a character with what extends it (marks, variation selectors,
 * tags, skin tones, zero-width-joined characters). Unicode's grapheme clusters but for
 * Indic conjuncts (a virama joins two clusters there), and free: the first Intl.Segmenter
 * of a page costs about 11 ms in Chromium (it loads ICU's break data), a fifth of the time
 * to draw one chart.
 */
const GRAPHEME = /\p{RI}\p{RI}|\r\n|(?:[\u1100-\u115f\ua960-\ua97c]+[\u1160-\u11a7\ud7b0-\ud7c6]*[\u11a8-\u11ff\ud7cb-\ud7fb]*|[^])(?:\u200d[^]?|[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}])*/gu;

function graphemes(text: string): string[] {
  return text.match(GRAPHEME) ?? [];
}

// Break units by text, for the page: a hundred charts of the same labels segment each once.
// Kept to a bound, so that a page of many user datasets cannot grow it without end.
const unitsOf = new Map<string, readonly string[]>();

/** The pieces a line may break between, with the CJK rules applied. */
export function breakUnits(text: string): readonly string[] {
  let units = unitsOf.get(text);
  if (!units) {
    if (unitsOf.size >= 2000) unitsOf.clear();
    unitsOf.set(text, (units = segmentUnits(text)));
  }
  return units;
}

function segmentUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  for (const g of graphemes(text)) {
    const last = units[units.length - 1];
    const latinRun = last !== undefined && !WIDE.test(g) && !WIDE.test(last.slice(-1)) && WORD.test(last.slice(-1)) && WORD.test(g);
    if (last !== undefined && (glueNext || NO_START.test(g) || latinRun)) units[units.length - 1] = last + g;
    else units.push(g);
    glueNext = NO_END.test(g);
  }
  return units;
}

/**
 * A label in lines no wider than `maxWidth`, broken where CJK typography allows, never cut:
 * a piece wider than the line gets a line of its own. Spaces at a break are dropped.
 *
 * @example wrapText('全国五一劳动奖、全国工人先锋号', 96, approximateMeasure(12)) // ['全国五一劳动奖、', '全国工人先锋号']
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  // Most labels fit on a line: one measure, not one per character.
  const whole = text.trim();
  if (whole === '') return [];
  if (measure(whole) <= maxWidth) return [whole];
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.trim())) {
    const candidate = line + unit;
    if (line !== '' && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
