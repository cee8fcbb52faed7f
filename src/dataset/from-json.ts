import { UnionDataset } from './union-dataset.js';
import { validateDataset, validateDatasetInSlices, type DatasetProblem, type DatasetValidation } from './validate.js';

/** `errors`: the first problems with their paths; `errorCount`: all of them. */
export type DatasetLoad = { ok: true; dataset: UnionDataset } | { ok: false; errors: DatasetProblem[]; errorCount: number };

function wrap(result: DatasetValidation, copy: boolean): DatasetLoad {
  if (!result.ok) return result;
  return { ok: true, dataset: new UnionDataset(copy ? structuredClone(result.dataset) : result.dataset) };
}

/**
 * Validates a dataset a user brings (parsed JSON) and wraps a frozen copy of it, or
 * rejects it whole with its first problems (each with its JSON Pointer path) and their count.
 *
 * @example
 * const loaded = datasetFromJSON(await (await fetch(url)).json());
 * if (!loaded.ok) loaded.errors.forEach((e) => console.error(e.path, e.message));
 */
export function datasetFromJSON(json: unknown): DatasetLoad {
  return wrap(validateDataset(json), true);
}

/**
 * `datasetFromJSON` for large datasets: validates in slices of a few milliseconds and
 * yields to the page between them, so that input and rendering go on. With `copy: false`
 * the caller hands the JSON over (it is frozen in place, not copied).
 */
export async function datasetFromJSONInSlices(json: unknown, options: { copy?: boolean } = {}): Promise<DatasetLoad> {
  return wrap(await validateDatasetInSlices(json), options.copy ?? true);
}
