import { KEYED_LISTS } from './dataset-checks.js';
import { deepFreeze } from './freeze.js';
import { runInSlices } from './slices.js';
import type { Dataset } from './types.js';
import { UnionDataset } from './union-dataset.js';
import { validateDataset, validateDatasetInSlices, type DatasetProblem } from './validate.js';

/** `errors`: the first problems with their paths; `errorCount`: all of them. */
export type DatasetLoad = { ok: true; dataset: UnionDataset } | { ok: false; errors: DatasetProblem[]; errorCount: number };

/**
 * Validates a dataset a user brings (parsed JSON) and wraps a frozen copy of it, or
 * rejects it whole with its first problems (each with its JSON Pointer path) and their count.
 *
 * @example
 * const loaded = datasetFromJSON(await (await fetch(url)).json());
 * if (!loaded.ok) loaded.errors.forEach((e) => console.error(e.path, e.message));
 */
export function datasetFromJSON(json: unknown): DatasetLoad {
  const result = validateDataset(json);
  return result.ok ? { ok: true, dataset: new UnionDataset(structuredClone(result.dataset)) } : result;
}

/** Copies (or takes) and freezes a valid dataset one item at a time, so that UnionDataset finds it frozen. */
function* frozenDataset(dataset: Dataset, copy: boolean): Generator<void, Dataset> {
  const out = (copy ? { ...dataset } : dataset) as unknown as Record<string, unknown[]>;
  for (const [list] of KEYED_LISTS) {
    const items = copy ? [] : dataset[list];
    for (const item of dataset[list]) {
      const own = copy ? structuredClone(item) : item;
      deepFreeze(own);
      if (copy) (items as unknown[]).push(own);
      yield;
    }
    out[list] = items;
  }
  // The items are frozen already: this freezes only the lists and the top.
  return deepFreeze(out as unknown as Dataset);
}

/**
 * `datasetFromJSON` for large datasets: validates, copies and freezes in slices of a few
 * milliseconds, yielding to the page between them, so that input and rendering go on.
 * With `copy: false` the caller hands the JSON over: it is frozen in place, not copied.
 */
export async function datasetFromJSONInSlices(json: unknown, options: { copy?: boolean } = {}): Promise<DatasetLoad> {
  const result = await validateDatasetInSlices(json);
  if (!result.ok) return result;
  return { ok: true, dataset: new UnionDataset(await runInSlices(frozenDataset(result.dataset, options.copy ?? true))) };
}
