import { UnionDataset } from './union-dataset.js';
import { validateDataset, type DatasetProblem } from './validate.js';

export type DatasetLoad = { ok: true; dataset: UnionDataset } | { ok: false; errors: DatasetProblem[] };

/**
 * Validates a dataset a user brings (parsed JSON) and wraps a frozen copy of it, or
 * rejects it whole with every problem and its JSON Pointer path.
 *
 * @example
 * const loaded = datasetFromJSON(await (await fetch(url)).json());
 * if (!loaded.ok) loaded.errors.forEach((e) => console.error(e.path, e.message));
 */
export function datasetFromJSON(json: unknown): DatasetLoad {
  const result = validateDataset(json);
  if (!result.ok) return result;
  return { ok: true, dataset: new UnionDataset(structuredClone(result.dataset)) };
}
