import { bidiProblems, datasetKeys, DuplicateKeys, KEYED_LISTS, itemProblems, type DatasetList, type DatasetProblem } from './dataset-checks.js';
import { runAtOnce, runInSlices } from './slices.js';
import type { Dataset } from './types.js';
import { validate as validateSchema } from './validate-dataset.generated.js';

export type { DatasetProblem };

/**
 * How many problems a rejected dataset lists; the rest are only counted. A 20 MB dataset
 * can hold tens of thousands of errors, and nobody reads past the first.
 */
export const MAX_LISTED_PROBLEMS = 100;

/** `errors` holds the first problems (at most MAX_LISTED_PROBLEMS); `errorCount` counts them all. */
export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetProblem[]; errorCount: number };

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function schemaProblem(error: AjvError, list?: DatasetList, index?: number): DatasetProblem {
  const extra = error.params['additionalProperty'];
  const missing = error.params['missingProperty'];
  const allowed = error.params['allowedValues'];
  let message = error.message ?? error.keyword;
  if (typeof extra === 'string') message = `unknown field "${extra}"`;
  if (typeof missing === 'string') message = `missing field "${missing}"`;
  if (Array.isArray(allowed)) message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  // An item is checked alone, as item 0 of its list: put its own index back.
  const path = list === undefined ? error.instancePath : error.instancePath.replace(`/${list}/0`, `/${list}/${index}`);
  return { path: path || '/', message };
}

function schemaErrors(value: unknown): AjvError[] {
  return validateSchema(value) ? [] : ((validateSchema as unknown as { errors?: AjvError[] }).errors ?? []);
}

class ProblemList {
  readonly errors: DatasetProblem[] = [];
  count = 0;
  readonly add = (problem: DatasetProblem) => {
    this.count += 1;
    if (this.errors.length < MAX_LISTED_PROBLEMS) this.errors.push(problem);
  };
}

/** A valid dataset with no items, to check one item at a time against the whole schema. */
const EMPTY: Dataset = { schemaVersion: '0.0.0', regions: [], reports: [], metrics: [], facts: [], honorRolls: [] };

/**
 * Every check, one list item at a time, pausing (yield) after each so that a caller can
 * give the page its main thread back. Returns whether the dataset is valid.
 */
function* datasetChecks(json: unknown, problems: ProblemList): Generator<void, boolean> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    schemaErrors(json).forEach((e) => problems.add(schemaProblem(e)));
    return false;
  }
  const record = json as Record<string, unknown>;
  const shell: Record<string, unknown> = { ...record };
  for (const [list] of KEYED_LISTS) if (Array.isArray(shell[list])) shell[list] = [];
  schemaErrors(shell).forEach((e) => problems.add(schemaProblem(e)));
  bidiProblems(record['schemaVersion'], '/schemaVersion', problems.add);
  const keys = datasetKeys(record);
  const duplicates = new DuplicateKeys();
  for (const [list] of KEYED_LISTS) {
    const items = record[list];
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i += 1) {
      const item: unknown = items[i];
      const errors = schemaErrors({ ...EMPTY, [list]: [item] });
      errors.forEach((e) => problems.add(schemaProblem(e, list, i)));
      duplicates.check(list, i, item, problems.add);
      bidiProblems(item, `/${list}/${i}`, problems.add);
      if (errors.length === 0) itemProblems(list, i, item as Dataset[typeof list][number], keys, problems.add);
      yield;
    }
  }
  return problems.count === 0;
}

function outcome(json: unknown, valid: boolean, problems: ProblemList): DatasetValidation {
  return valid ? { ok: true, dataset: json as Dataset } : { ok: false, errors: problems.errors, errorCount: problems.count };
}

/**
 * Checks a dataset a user brings: against the published JSON Schema (with a validator
 * compiled at build time, so no eval runs), then in code what a schema cannot say: every
 * reference (report, region, metric) resolves, no id or region code is used twice, no
 * figure is beyond MAX_FIGURE, and no string holds a bidi control character. Lists the first problems with their paths,
 * and counts them all.
 */
export function validateDataset(json: unknown): DatasetValidation {
  const problems = new ProblemList();
  return outcome(json, runAtOnce(datasetChecks(json, problems)), problems);
}

/** `validateDataset` in slices of a few milliseconds, yielding to the page between them. */
export async function validateDatasetInSlices(json: unknown): Promise<DatasetValidation> {
  const problems = new ProblemList();
  return outcome(json, await runInSlices(datasetChecks(json, problems)), problems);
}
