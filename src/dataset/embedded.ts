import data from '../../data/dataset.json';
import type { Dataset } from './types.js';
import { UnionDataset } from './union-dataset.js';

let embedded: UnionDataset | undefined;

/** The dataset built from the five reports, shipped with the package (frozen). */
export function embeddedDataset(): UnionDataset {
  embedded ??= new UnionDataset(data as Dataset);
  return embedded;
}
