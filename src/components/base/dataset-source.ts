import type { DatasetProblem } from '../../dataset/validate.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';

/** Why a dataset could not be had. */
export type LoadProblem =
  | { kind: 'http'; url: string; status: number }
  | { kind: 'network'; url: string; message: string }
  | { kind: 'json'; url: string; message: string }
  | { kind: 'too-large'; url: string; bytes: number; limit: number }
  | { kind: 'schema'; url: string; errors: DatasetProblem[]; errorCount: number }
  | { kind: 'timeout'; url: string; ms: number };

export type DatasetResult = { ok: true; dataset: UnionDataset } | { ok: false; problem: LoadProblem };

/** How long a widget waits for `src` before it shows a timeout, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

let embedded: Promise<DatasetResult> | undefined;

async function loadEmbedded(): Promise<DatasetResult> {
  const { embeddedDataset } = await import('../../dataset/embedded.js');
  return { ok: true, dataset: embeddedDataset() };
}

/**
 * The dataset a widget shows: the embedded one when `src` is empty, else the one at `src`
 * (resolved against the page). Widgets that name the same URL while it loads share one
 * request, each with its own timeout; a dataset that loaded is kept for the page's life,
 * a failure is not (the next widget asks again).
 */
export function loadDataset(src: string | null | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<DatasetResult> {
  if (!src) return (embedded ??= loadEmbedded());
  const url = new URL(src, document.baseURI).href;
  return import('./dataset-fetch.js').then(({ loadFromURL }) => loadFromURL(url, timeoutMs));
}
