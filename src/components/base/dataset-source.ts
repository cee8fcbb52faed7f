import type { DatasetProblem } from '../../dataset/validate.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';

/** Why a dataset could not be had. */
export type LoadProblem =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string; message: string }
  | { kind: 'json'; url: string; message: string }
  | { kind: 'schema'; url: string; errors: DatasetProblem[] }
  | { kind: 'timeout'; url: string; ms: number };

export type DatasetResult = { ok: true; dataset: UnionDataset } | { ok: false; problem: LoadProblem };

/** How long a widget waits for `src` before it shows a timeout, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const cache = new Map<string, Promise<DatasetResult>>();

async function fetchJSON(url: string, ms: number): Promise<{ ok: true; json: unknown } | { ok: false; problem: LoadProblem }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, problem: { kind: 'http', url, status: response.status } };
    const text = await response.text();
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch (error) {
      return { ok: false, problem: { kind: 'json', url, message: (error as Error).message } };
    }
  } catch (error) {
    if (timedOut) return { ok: false, problem: { kind: 'timeout', url, ms } };
    return { ok: false, problem: { kind: 'network', url, message: (error as Error).message } };
  } finally {
    clearTimeout(timer);
  }
}

async function loadFrom(url: string, ms: number): Promise<DatasetResult> {
  const fetched = await fetchJSON(url, ms);
  if (!fetched.ok) return fetched;
  const { datasetFromJSON } = await import('../../dataset/from-json.js');
  const loaded = datasetFromJSON(fetched.json);
  return loaded.ok ? loaded : { ok: false, problem: { kind: 'schema', url, errors: loaded.errors } };
}

async function loadEmbedded(): Promise<DatasetResult> {
  const { embeddedDataset } = await import('../../dataset/embedded.js');
  return { ok: true, dataset: embeddedDataset() };
}

/**
 * The dataset a widget shows: the embedded one when `src` is empty, else the one at `src`
 * (resolved against the page). Each URL is fetched once per page, however many widgets
 * name it; the first widget's timeout applies.
 */
export function loadDataset(src: string | null | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<DatasetResult> {
  const key = src ? new URL(src, document.baseURI).href : '';
  let pending = cache.get(key);
  if (!pending) {
    pending = key ? loadFrom(key, timeoutMs) : loadEmbedded();
    cache.set(key, pending);
  }
  return pending;
}
