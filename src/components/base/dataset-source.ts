import type { DataNeed } from '../../dataset/parts/route.js';
import type { DatasetProblem } from '../../dataset/validate.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';

/** Why a dataset could not be had. */
export type LoadProblem =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string; message: string }
  | { kind: 'json'; url: string; message: string }
  | { kind: 'schema'; url: string; errors: DatasetProblem[] }
  | { kind: 'timeout'; url: string; ms: number }
  /** A chunk of the library (the widget's code, or a part of the embedded dataset) did not load. */
  | { kind: 'chunk'; what: 'code' | 'data'; message: string };

export type DatasetResult = { ok: true; dataset: UnionDataset } | { ok: false; problem: LoadProblem };

/** How long a widget waits for `src` before it shows a timeout, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const cache = new Map<string, Promise<DatasetResult>>();

/** The problem of a dynamic import that failed. */
export function chunkProblem(error: unknown, what: 'code' | 'data'): LoadProblem {
  return { kind: 'chunk', what, message: String((error as Error)?.message ?? error) };
}

async function loadEmbedded(need: DataNeed): Promise<DatasetResult> {
  try {
    const { loadEmbeddedParts } = await import('../../dataset/parts/load.js');
    return { ok: true, dataset: await loadEmbeddedParts(need) };
  } catch (error) {
    return { ok: false, problem: chunkProblem(error, 'data') };
  }
}

/**
 * The dataset a widget shows: the one at `src` (resolved against the page) when set, else
 * the parts of the embedded one that `need` asks for (each part loaded once per page).
 * Each URL is fetched once per page, however many widgets name it; the first widget's
 * timeout applies.
 */
export function loadDataset(src: string | null | undefined, timeoutMs = DEFAULT_TIMEOUT_MS, need: DataNeed = {}): Promise<DatasetResult> {
  if (!src) return loadEmbedded(need);
  const key = new URL(src, document.baseURI).href;
  let pending = cache.get(key);
  if (!pending) {
    // The fetching code loads the first time a widget names a `src`: pages of the embedded dataset never need it.
    pending = import('./fetch-dataset.js').then(
      (fetching) => fetching.loadFrom(key, timeoutMs),
      (error: unknown): DatasetResult => ({ ok: false, problem: chunkProblem(error, 'code') }),
    );
    cache.set(key, pending);
  }
  return pending;
}
