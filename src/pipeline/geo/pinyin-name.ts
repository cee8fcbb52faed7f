/**
 * English names of county-level units: the pinyin of the name's stem, syllables joined with
 * an apostrophe before a vowel (Pan'an), followed by the unit's type (Yiwu City, Wuyi
 * County, Wucheng District). The syllables come from a pinyin converter at build time;
 * place readings it gets wrong are fixed here, so the table is deterministic.
 */

/** Readings of place names a general converter misreads (polyphones). */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  乐清: 'yue qing', // pinyin-pro 3.29.4 reads le qing
  莲都: 'lian du', // pinyin-pro 3.29.4 reads lian dou
  // Read right by pinyin-pro today; pinned because a converter update could misread them.
  长兴: 'chang xing',
  台州: 'tai zhou',
  丽水: 'li shui',
};

const TYPES: readonly (readonly [string, string])[] = [
  ['畲族自治县', 'She Autonomous County'],
  ['自治县', 'Autonomous County'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
  ['省', 'Province'],
];

/** Splits a name into its stem and its type: 义乌市 → 义乌, City. */
export function splitType(zh: string): { stem: string; type: string } {
  for (const [suffix, type] of TYPES) {
    if (zh.endsWith(suffix) && zh.length > suffix.length) return { stem: zh.slice(0, -suffix.length), type };
  }
  return { stem: zh, type: '' };
}

/** Joins syllables as a place name: "pan an" → "Pan'an". */
export function joinSyllables(syllables: string): string {
  const parts = syllables.trim().split(/\s+/);
  const joined = parts.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The English name of a unit from its Chinese name, given a converter to pinyin syllables. */
export function englishName(zh: string, toSyllables: (text: string) => string, withType = true): string {
  const { stem, type } = splitType(zh);
  const syllables = PLACE_READINGS[stem] ?? toSyllables(stem);
  const name = joinSyllables(syllables);
  return withType && type ? `${name} ${type}` : name;
}
