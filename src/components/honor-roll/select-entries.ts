import type { UnionDataset } from '../../dataset/union-dataset.js';
import { HONOR_LEVELS, HONOREE_KINDS, type HonorEntry, type HonoreeKind, type HonorLevel, type HonorRoll } from '../../dataset/types.js';
import { notFound } from '../../dataset/lookup.js';
import type { WidgetProblem } from '../base/problem.js';
import { foldForSearch } from './fold.js';

export const ROLL_LAYOUTS = ['list', 'cards', 'table'] as const;
/** How the entries are laid out. */
export type RollLayout = (typeof ROLL_LAYOUTS)[number];

/** What the roll shows: every given field must match. */
export interface RollFilter {
  level?: HonorLevel;
  year?: number;
  report?: string;
  /** The rolls the `award` attribute names (by id, or by a part of the award's name). */
  rolls?: ReadonlySet<string>;
  /** Only entries of this kind (the `kind` attribute). */
  honoree?: HonoreeKind;
  query: string;
}

/** One entry with its roll, and its name and workplace folded for search. */
export interface RollRow {
  roll: HonorRoll;
  entry: HonorEntry;
  /** The entry's place in its roll. */
  index: number;
  key: string;
}

/** The attributes the filter is read from. */
export interface FilterAttributes {
  level: string | null;
  year: string | null;
  report: string | null;
  award: string | null;
  kind: string | null;
  query: string | null;
}

const rowCache = new WeakMap<UnionDataset, RollRow[]>();

/** Every entry of the dataset, in roll order; folded once per dataset, not per keystroke. */
export function rowsOf(dataset: UnionDataset): RollRow[] {
  let rows = rowCache.get(dataset);
  if (!rows) {
    rows = dataset.honorRolls().flatMap((roll) =>
      roll.entries.map((entry, index) => ({ roll, entry, index, key: foldForSearch(`${entry.name}\u0000${entry.workplace ?? ''}`) })),
    );
    rowCache.set(dataset, rows);
  }
  return rows;
}

/** The rolls whose award the `award` attribute names: its id or id suffix, or a part of its zh or en name. */
export function rollsNamed(rolls: readonly HonorRoll[], award: string): HonorRoll[] {
  const wanted = foldForSearch(award);
  return rolls.filter(
    (r) => r.id === award || r.id.endsWith(`.${award}`) || foldForSearch(r.award.zh).includes(wanted) || foldForSearch(r.award.en).includes(wanted),
  );
}

/** The years the dataset's rolls name, newest first. */
export function rollYears(dataset: UnionDataset): number[] {
  return [...new Set(dataset.honorRolls().flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort((a, b) => b - a);
}

const present = (value: string | null): value is string => value !== null && value.trim() !== '';

/** The filter the attributes ask for, or the problem with the first bad one. */
export function readFilter(attributes: FilterAttributes, dataset: UnionDataset): RollFilter | WidgetProblem {
  const filter: RollFilter = { query: attributes.query ?? '' };
  const { level, year, report, award, kind } = attributes;
  if (present(level)) {
    if (!(HONOR_LEVELS as readonly string[]).includes(level)) return { kind: 'bad-attribute', attribute: 'level', value: level, allowed: HONOR_LEVELS };
    filter.level = level as HonorLevel;
  }
  if (present(year)) {
    if (!/^\d{4}$/.test(year.trim())) return { kind: 'bad-attribute', attribute: 'year', value: year, allowed: rollYears(dataset).map(String) };
    filter.year = Number(year);
  }
  if (present(kind)) {
    if (!(HONOREE_KINDS as readonly string[]).includes(kind)) return { kind: 'bad-attribute', attribute: 'kind', value: kind, allowed: HONOREE_KINDS };
    filter.honoree = kind as HonoreeKind;
  }
  if (present(report)) {
    const found = dataset.report(report);
    if (!found.ok) return { kind: 'not-found', attribute: 'report', error: found.error };
    filter.report = report;
  }
  const scope = dataset.honorRolls(filter.report === undefined ? {} : { report: filter.report });
  if (present(award)) {
    const named = rollsNamed(scope, award.trim());
    if (named.length === 0) {
      const missing = notFound<HonorRoll>('honor-roll', award, scope.map((r) => r.award.zh));
      if (!missing.ok) return { kind: 'not-found', attribute: 'award', error: missing.error };
    }
    filter.rolls = new Set(named.map((r) => r.id));
  }
  const shown = filter.rolls ? scope.filter((r) => filter.rolls!.has(r.id)) : scope;
  if (shown.length === 0) return { kind: 'empty', attribute: present(report) ? 'report' : 'src', value: report ?? 'honorRolls' };
  const hollow = shown.find((r) => r.entries.length === 0);
  if (hollow) return { kind: 'empty-roll', attribute: 'src', roll: hollow.id };
  return filter;
}

/** The rows that match every field of the filter, in roll order. */
export function filterRows(rows: readonly RollRow[], filter: RollFilter): RollRow[] {
  const needle = foldForSearch(filter.query);
  return rows.filter(
    ({ roll, entry, key }) =>
      (filter.level === undefined || roll.level === filter.level) &&
      (filter.year === undefined || roll.year === filter.year) &&
      (filter.report === undefined || roll.report === filter.report) &&
      (filter.rolls === undefined || filter.rolls.has(roll.id)) &&
      (filter.honoree === undefined || entry.kind === filter.honoree) &&
      (needle === '' || key.includes(needle)),
  );
}

/** Rows grouped by roll, in the order the rows come. */
export function groupRows(rows: readonly RollRow[]): { roll: HonorRoll; rows: RollRow[] }[] {
  const groups = new Map<string, { roll: HonorRoll; rows: RollRow[] }>();
  for (const row of rows) {
    let group = groups.get(row.roll.id);
    if (!group) groups.set(row.roll.id, (group = { roll: row.roll, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}
