import { factsPartKey, groupOf, REPORTS_PART, rollsPartKey } from './keys.js';

/** What a widget shows, as far as loading goes: the loader fetches the parts that hold it. */
export interface DataNeed {
  fact?: string | null;
  metric?: string | null;
  /** A GB/T 2260 code or a region's name, with `metric`. */
  region?: string | null;
  report?: string | null;
  category?: string | null;
  /** The report's honour rolls as well as its facts. */
  rolls?: boolean;
  /**
   * Every report, without its facts: where the reports come from (the county map); with
   * `rolls`, every report's honour rolls too (the honour roll, which filters by report).
   */
  reportsOnly?: boolean;
}

/** What the router knows before any part is loaded. */
export interface PartIndex {
  keys: readonly string[];
  /** Report id → codes of the regions its facts are about. */
  coverage: Readonly<Record<string, readonly string[]>>;
  /** Report id → category → the parts with its facts of that category. */
  categories?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** A region's GB/T 2260 code from a code or a name; undefined when unknown. */
  regionCode(key: string): string | undefined;
}

/**
 * The parts that hold what `need` asks for, or undefined when only the whole dataset will
 * do (a category across reports, or a key the index cannot place: an unknown id must be
 * looked up in everything to suggest the near ones).
 */
export function partKeysFor(need: DataNeed, index: PartIndex): string[] | undefined {
  const known = new Set(index.keys);
  const existing = (keys: string[]) => {
    const found = keys.filter((k) => known.has(k));
    return found.length > 0 ? found : undefined;
  };
  if (need.reportsOnly) {
    const rolls = need.rolls ? index.keys.filter((k) => Object.keys(index.coverage).some((r) => k === rollsPartKey(r))) : [];
    return existing([REPORTS_PART, ...rolls]);
  }
  if (need.fact) {
    const report = need.fact.split('.')[0]!;
    const group = groupOf(need.fact, `${report}.`);
    return group ? existing([factsPartKey(report, group)]) : undefined;
  }
  if (need.metric && need.region) {
    const group = groupOf(need.metric);
    const code = index.regionCode(need.region);
    if (!group || !code) return undefined;
    const reports = Object.keys(index.coverage).filter((r) => (!need.report || r === need.report) && index.coverage[r]!.includes(code));
    return existing(reports.map((r) => factsPartKey(r, group)));
  }
  if (need.metric && !need.report) {
    // A metric across reports (a map's choropleth): the part of its group in every report.
    const group = groupOf(need.metric);
    return group ? existing(index.keys.filter((k) => k.endsWith(factsPartKey('', group)))) : undefined;
  }
  if (need.report) {
    // A category the index knows: only its parts (and the rolls when asked). An unknown one
    // loads the whole report, so that the widget can name what the report has.
    const inCategory = need.category ? index.categories?.[need.report]?.[need.category] : undefined;
    if (inCategory) return existing([...inCategory, ...(need.rolls ? [rollsPartKey(need.report)] : [])]);
    const prefix = `${need.report}/`;
    return existing(index.keys.filter((k) => k.startsWith(prefix) && (need.rolls || k !== rollsPartKey(need.report!))));
  }
  return undefined;
}
