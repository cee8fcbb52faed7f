/**
 * Search that reads names the way the reports print them: full-width and half-width forms
 * are one (Ａ = A, ２ = 2), letter case is ignored, and spaces of any width are dropped, so
 * 丁 思 诗, 丁　思　诗 and 丁思诗 are the same name.
 */

const SPACE = /\s/u;

/** A text folded for search: full and half width as one, lower case, no spaces. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** A stretch of a text, marked when it matches the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * The text cut where the folded query matches, each match mapped back onto the characters
 * as printed (spaces inside a match are part of it). No query, or no match: one segment.
 */
export function highlight(text: string, query: string): Segment[] {
  const needle = foldForSearch(query);
  if (!needle) return [{ text, hit: false }];
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    if (!SPACE.test(char)) {
      const f = char.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
      folded += f;
      for (let i = 0; i < f.length; i += 1) origin.push(at);
    }
    at += char.length;
  }
  const segments: Segment[] = [];
  let done = 0;
  for (let found = folded.indexOf(needle); found >= 0; found = folded.indexOf(needle, found + needle.length)) {
    const start = origin[found]!;
    const last = origin[found + needle.length - 1]!;
    const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
    if (start > done) segments.push({ text: text.slice(done, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    done = end;
  }
  if (done < text.length) segments.push({ text: text.slice(done), hit: false });
  return segments;
}
