import { entryLine } from '../../dataset/spans.js';
import type { HonorEntry, HonorRoll, Report } from '../../dataset/types.js';
import { formatPeriod } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import type { SourceView } from '../base/source-view.js';

/**
 * What the source popover shows for an entry: the line its name is printed in, the name
 * marked, and the year of the award (else the report's period). The one place that adapts
 * an entry to the popover's input.
 */
export function entrySource(entry: HonorEntry, roll: HonorRoll, report: Report, locale: Locale, label: string): SourceView {
  const line = entryLine(entry);
  const year = roll.year === undefined ? undefined : String(roll.year);
  return {
    quote: line.quote,
    markStart: line.nameStart,
    markEnd: line.nameEnd,
    report,
    time: formatPeriod(year ? { start: year, end: year } : report.period, locale),
    label,
    notes: [],
  };
}
