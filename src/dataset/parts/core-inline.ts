import core from './generated/core.json';
import type { DatasetCore } from './part.js';

/** core-source.ts for the CDN bundle and the single file: the core inline, at hand before any part. */
export const inlineCore = core as unknown as DatasetCore;

export function loadCore(): Promise<DatasetCore> {
  return Promise.resolve(inlineCore);
}
