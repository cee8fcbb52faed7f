import { core } from './generated/index.js';
import type { DatasetCore } from './part.js';

/**
 * Where the loader gets the dataset's core. In the package it is a chunk of its own, loaded
 * only for widgets that name more than a fact by its id (see load.ts). The CDN bundle
 * holds every widget and carries the core inline (core-inline.ts, swapped in by
 * vite.config.ts), so that the parts of a grid or a chart are requested at once.
 */
export const inlineCore: DatasetCore | undefined = undefined;

export function loadCore(): Promise<DatasetCore> {
  return core().then((module) => module.default as DatasetCore);
}
