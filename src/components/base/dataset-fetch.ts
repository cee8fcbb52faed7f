import { yieldToPage } from '../../dataset/slices.js';
import type { DatasetResult, LoadProblem } from './dataset-source.js';

/**
 * The largest response a `src` may send, in bytes (10 MiB). Validation runs in slices,
 * but JSON.parse cannot be sliced: it blocks the page for about 15–25 ms per MB on a
 * desktop, so the size bounds the one long task. A larger file is refused before it is
 * parsed. The five built-in reports take 0.2 MB.
 */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

type Fetched = { ok: true; json: unknown } | { ok: false; problem: LoadProblem };

/** The body as text, or the byte count at which it passed the limit. */
async function readLimited(response: Response): Promise<{ text: string } | { bytes: number }> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_DATASET_BYTES) {
    await response.body?.cancel();
    return { bytes: declared };
  }
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    // A body already received arrives in one run of microtasks: give the page a turn.
    await yieldToPage();
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_DATASET_BYTES) {
      await reader.cancel();
      return { bytes };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join('') };
}

async function fetchJSON(url: string, signal: AbortSignal): Promise<Fetched> {
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, problem: { kind: 'http', url, status: response.status } };
    const body = await readLimited(response);
    if ('bytes' in body) return { ok: false, problem: { kind: 'too-large', url, bytes: body.bytes, limit: MAX_DATASET_BYTES } };
    await yieldToPage();
    try {
      return { ok: true, json: JSON.parse(body.text) };
    } catch (error) {
      return { ok: false, problem: { kind: 'json', url, message: (error as Error).message } };
    }
  } catch (error) {
    return { ok: false, problem: { kind: 'network', url, message: (error as Error).message } };
  }
}

async function loadFrom(url: string, signal: AbortSignal): Promise<DatasetResult> {
  const fetched = await fetchJSON(url, signal);
  if (!fetched.ok) return fetched;
  const { datasetFromJSONInSlices } = await import('../../dataset/from-json.js');
  // The JSON was parsed here and nobody else holds it: freeze it in place, no copy.
  const loaded = await datasetFromJSONInSlices(fetched.json, { copy: false });
  return loaded.ok ? loaded : { ok: false, problem: { kind: 'schema', url, errors: loaded.errors, errorCount: loaded.errorCount } };
}

/** One request for a URL, shared by every widget that waits for it. */
interface SharedLoad {
  result: Promise<DatasetResult>;
  controller: AbortController;
  waiting: number;
}

const loads = new Map<string, SharedLoad>();

function forget(url: string, load: SharedLoad): void {
  if (loads.get(url) === load) loads.delete(url);
}

function startLoad(url: string): SharedLoad {
  const controller = new AbortController();
  const load: SharedLoad = { controller, waiting: 0, result: loadFrom(url, controller.signal) };
  // A failure is not kept: a server that answered 500 once may answer the next widget.
  void load.result.then((result) => {
    if (!result.ok) forget(url, load);
  });
  return load;
}

/** The shared load's result, or a timeout after this widget's own `ms`. */
function waitFor(url: string, load: SharedLoad, ms: number): Promise<DatasetResult> {
  load.waiting += 1;
  return new Promise((resolve) => {
    let waiting = true;
    const stopWaiting = () => {
      waiting = false;
      load.waiting -= 1;
    };
    const timer = setTimeout(() => {
      stopWaiting();
      // Nobody waits any more: stop the request, and let the next widget start afresh.
      if (load.waiting === 0) {
        load.controller.abort();
        forget(url, load);
      }
      resolve({ ok: false, problem: { kind: 'timeout', url, ms } });
    }, ms);
    void load.result.then((result) => {
      if (!waiting) return;
      clearTimeout(timer);
      stopWaiting();
      resolve(result);
    });
  });
}

/**
 * The dataset at `url`. Widgets that name the same URL while it loads share one request,
 * each with its own timeout; a dataset that loaded is kept for the page's life, a failure
 * is not (the next widget asks again). Loaded only when a widget has a `src`.
 */
export function loadFromURL(url: string, timeoutMs: number): Promise<DatasetResult> {
  let load = loads.get(url);
  if (!load) loads.set(url, (load = startLoad(url)));
  return waitFor(url, load, timeoutMs);
}
