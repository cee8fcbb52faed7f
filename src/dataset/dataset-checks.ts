import { CATEGORIES, type Dataset } from './types.js';
import { metricCategory } from './wording.js';

/** One reason a dataset was rejected, at a JSON Pointer path such as "/facts/3/quantity/unit". */
export interface DatasetProblem {
  path: string;
  message: string;
}

/**
 * Characters that reorder the text around them: the embeddings and overrides (U+202A–U+202E),
 * the isolates (U+2066–U+2069), and the marks (U+200E, U+200F, U+061C). One U+202E in an
 * issuer shows "8000余万元" as "余元万0008" while screen readers still read 8000.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** JSON Pointer escaping of one key (RFC 6901). */
const pointerKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string under `value` that holds a bidi control character, with the code points found. */
export function bidiProblems(value: unknown, path: string, report: (problem: DatasetProblem) => void): void {
  if (typeof value === 'string') {
    const found = value.match(BIDI_CONTROLS);
    if (found) {
      const codes = [...new Set(found)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      report({ path, message: `holds a bidi control character (${codes.join(', ')}) that reorders the text` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => bidiProblems(item, `${path}/${i}`, report));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) bidiProblems(item, `${path}/${pointerKey(key)}`, report);
  }
}

/** The lists of a dataset whose items carry a key that must be unique, and that key. */
export const KEYED_LISTS = [
  ['regions', 'code', 'region code'],
  ['reports', 'id', 'report id'],
  ['metrics', 'id', 'metric id'],
  ['facts', 'id', 'fact id'],
  ['honorRolls', 'id', 'honour-roll id'],
] as const;

export type DatasetList = (typeof KEYED_LISTS)[number][0];

/** The keys each list declares, read before the items are checked one by one. */
export type DatasetKeys = Record<DatasetList, Set<string>>;

/** The keys of every list, for reference checks; items without a string key are skipped. */
export function datasetKeys(json: Record<string, unknown>): DatasetKeys {
  const keys = {} as DatasetKeys;
  for (const [list, key] of KEYED_LISTS) {
    const items = json[list];
    keys[list] = new Set(
      Array.isArray(items) ? items.map((item: unknown) => (item as Record<string, unknown> | null)?.[key]).filter((k): k is string => typeof k === 'string') : [],
    );
  }
  return keys;
}

/** Tracks the keys seen so far in each list, so that the second use of a key is reported. */
export class DuplicateKeys {
  private readonly seen = new Map<DatasetList, Map<string, number>>();

  check(list: DatasetList, index: number, item: unknown, report: (problem: DatasetProblem) => void): void {
    const [, key, what] = KEYED_LISTS.find(([name]) => name === list)!;
    const value = (item as Record<string, unknown> | null)?.[key];
    if (typeof value !== 'string') return;
    let seen = this.seen.get(list);
    if (!seen) this.seen.set(list, (seen = new Map()));
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else report({ path: `/${list}/${index}/${key}`, message: `${what} "${value}" is used twice (first at /${list}/${first})` });
  }
}

type Item<L extends DatasetList> = Dataset[L][number];

/**
 * The largest figure accepted: beyond it a double no longer holds every integer, and no
 * report states such a number (China's GDP is about 1.3e14 yuan). 1e308 people would
 * otherwise be written out as a 309-digit number.
 */
export const MAX_FIGURE = Number.MAX_SAFE_INTEGER;

/** What a schema cannot say about a schema-valid item: its references resolve, its figure is plausible. */
export function itemProblems<L extends DatasetList>(list: L, index: number, item: Item<L>, keys: DatasetKeys, report: (problem: DatasetProblem) => void): void {
  const at = `/${list}/${index}`;
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) report({ path: `${at}${path}`, message });
  };
  const region = (code: string | undefined, path: string) => check(code === undefined || keys.regions.has(code), path, `no region has code "${code}"`);
  const reportRef = (id: string) => check(keys.reports.has(id), '/report', `no report has id "${id}"`);
  switch (list) {
    case 'regions':
      region((item as Item<'regions'>).parent, '/parent');
      break;
    case 'reports':
      region((item as Item<'reports'>).region, '/region');
      break;
    case 'metrics': {
      const category = metricCategory(item as Item<'metrics'>);
      check((CATEGORIES as readonly string[]).includes(category), '/category', `missing field "category": "${category}" (the id's first segment) is not a category`);
      break;
    }
    case 'facts': {
      const f = item as Item<'facts'>;
      reportRef(f.report);
      region(f.region, '/region');
      check(keys.metrics.has(f.metric), '/metric', `no metric has id "${f.metric}"`);
      check(f.source.quote.startsWith(f.quantity.text, f.source.figureStart), '/source/figureStart', 'the figure as printed (quantity.text) is not there in the quote');
      for (const field of ['value', 'max'] as const) {
        const n = f.quantity[field];
        check(n === undefined || Math.abs(n) <= MAX_FIGURE, `/quantity/${field}`, `${n} is larger than any figure a report states (at most ${MAX_FIGURE})`);
      }
      break;
    }
    case 'honorRolls':
      reportRef((item as Item<'honorRolls'>).report);
      break;
  }
}
