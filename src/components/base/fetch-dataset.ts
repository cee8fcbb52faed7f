import { chunkProblem, type DatasetResult, type LoadProblem } from './dataset-source.js';

// Fetching a dataset named by `src`: a chunk of its own, loaded the first time a widget names one.

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

/** The dataset at `url`, fetched within `ms` and validated. */
export async function loadFrom(url: string, ms: number): Promise<DatasetResult> {
  const fetched = await fetchJSON(url, ms);
  if (!fetched.ok) return fetched;
  let fromJSON: typeof import('../../dataset/from-json.js');
  try {
    fromJSON = await import('../../dataset/from-json.js');
  } catch (error) {
    return { ok: false, problem: chunkProblem(error, 'code') };
  }
  const loaded = fromJSON.datasetFromJSON(fetched.json);
  return loaded.ok ? loaded : { ok: false, problem: { kind: 'schema', url, errors: loaded.errors } };
}
