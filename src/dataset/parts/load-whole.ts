import { embeddedDataset } from '../embedded.js';
import type { UnionDataset } from '../union-dataset.js';
import type { DataNeed } from './route.js';

/**
 * loadEmbeddedParts for the single-file bundle (union-viz.standalone.js), which carries
 * the whole dataset anyway: every widget gets all of it, split into no chunks.
 */
export async function loadEmbeddedParts(_need: DataNeed = {}): Promise<UnionDataset> {
  return embeddedDataset();
}

/** Region code → the number of facts about it: counted from the whole dataset here, once. */
export function embeddedFactCounts(): ReadonlyMap<string, number> {
  if (!counts) {
    counts = new Map();
    for (const f of embeddedDataset().data.facts) counts.set(f.region, (counts.get(f.region) ?? 0) + 1);
  }
  return counts;
}
let counts: Map<string, number> | undefined;
