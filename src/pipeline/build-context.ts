import type { NormalizedText } from './normalize.js';
import type { Metric, Region } from '../dataset/types.js';

/** What the builder knows while it reads one report; problems are collected, not thrown. */
export interface BuildContext {
  normalized: NormalizedText;
  problems: string[];
  metrics: ReadonlyMap<string, Metric>;
  regionCodes: ReadonlySet<string>;
  regions: ReadonlyMap<string, Region>;
}
