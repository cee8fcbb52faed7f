/**
 * Names of the embedded dataset's parts. A report's facts are split by the first segment
 * of the fact id after the report ("yiwu-2020.legal.wages-recovered" → "yiwu-2020/facts-legal"),
 * so that a widget finds the part of a fact, or of a metric, from the id alone. A key is
 * also the part's file name under src/dataset/parts/generated/.
 */
export const factsPartKey = (report: string, group: string): string => `${report}/facts-${group}`;

/** The part that holds every report, without facts or rolls. */
export const REPORTS_PART = 'reports';

/** The part of a report's honour rolls. */
export const rollsPartKey = (report: string): string => `${report}/rolls`;

/** The group of a fact id or a metric id: its first segment after `prefix`. */
export function groupOf(id: string, prefix = ''): string | undefined {
  if (!id.startsWith(prefix)) return undefined;
  const group = id.slice(prefix.length).split('.')[0];
  return group || undefined;
}
