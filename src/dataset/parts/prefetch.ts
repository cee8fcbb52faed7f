import { loadEmbeddedParts } from './load.js';
import type { DataNeed } from './route.js';

const TAGS = 'union-kpi:not([src]), union-figure:not([src]), union-kpi-grid:not([src])';

/**
 * Starts fetching the dataset parts that the widgets already in the page will ask for,
 * while the rest of the bundle is still being evaluated: the data is on its way before the
 * first widget upgrades. A part that fails is fetched again when its widget asks, and the
 * widget shows the problem.
 */
export function prefetchParts(root: ParentNode = document): void {
  for (const el of root.querySelectorAll(TAGS)) {
    const read = (name: string) => el.getAttribute(name) ?? undefined;
    const need: DataNeed = { fact: read('fact'), metric: read('metric'), region: read('region'), report: read('report'), category: read('category'), rolls: true };
    loadEmbeddedParts(need).catch(() => undefined);
  }
}
