import { entryLine } from '../../dataset/spans.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { levelName } from '../base/level-words.js';
import { csvText } from '../base/csv.js';
import type { RollRow } from './select-entries.js';
import { rollWords } from './words.js';

/**
 * The entries as CSV, one row each: award, level, year, issuer, kind, name, workplace,
 * report, quote (the line the name is printed in). Names, awards and quotes stay as printed
 * (Chinese); the headers and the level follow the reader's language.
 */
export function rollToCsv(rows: readonly RollRow[], dataset: UnionDataset, locale: Locale): string {
  const w = rollWords(locale);
  return csvText(
    w.csv,
    rows.map(({ roll, entry }) => {
      const report = dataset.report(roll.report);
      return [
        roll.award.zh,
        levelName(roll.level, locale),
        roll.year ?? '',
        roll.issuer?.zh ?? '',
        w.kinds[entry.kind],
        entry.name,
        entry.workplace ?? '',
        report.ok ? report.value.title : roll.report,
        entryLine(entry).quote,
      ];
    }),
  );
}
