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
