import type { Dataset } from '../types.js';
import { UnionDataset } from '../union-dataset.js';
import { core as coreJSON, parts } from './generated/index.js';
import { mergeParts, type DatasetCore, type DatasetPart } from './part.js';
import { partKeysFor, type DataNeed } from './route.js';

export type { DataNeed } from './route.js';

const core = coreJSON as unknown as DatasetCore;
const keys = Object.keys(parts).sort();
const regions = new UnionDataset({ ...core, reports: [], metrics: [], facts: [], honorRolls: [] } as Dataset);
const index = {
  keys,
  coverage: core.coverage,
  categories: core.categories,
  regionCode: (key: string) => {
    const region = regions.region(key);
    return region.ok ? region.value.code : undefined;
  },
};
const loading = new Map<string, Promise<DatasetPart>>();
const datasets = new Map<string, UnionDataset>();
const byNeed = new Map<string, Promise<UnionDataset>>();

function loadPart(key: string): Promise<DatasetPart> {
  let pending = loading.get(key);
  if (!pending) {
    pending = parts[key]!().then((module) => module.default as DatasetPart);
    // A part that failed (a missing chunk, a dropped connection) is fetched again next time.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

async function datasetOf(chosen: readonly string[]): Promise<UnionDataset> {
  const loaded = await Promise.all(chosen.map(loadPart));
  const id = chosen.join(' ');
  let dataset = datasets.get(id);
  if (!dataset) datasets.set(id, (dataset = new UnionDataset(mergeParts(core, loaded))));
  return dataset;
}

/** Whether a dataset holds everything a widget with `need` looks up (see selectFact, gridFacts). */
function holds(dataset: UnionDataset, need: DataNeed): boolean {
  if (need.fact) return dataset.fact(need.fact).ok;
  if (need.report && !dataset.report(need.report).ok) return false;
  if (need.metric && !dataset.metric(need.metric).ok) return false;
  if (need.metric && need.region) {
    const filter = { metric: need.metric, region: need.region, ...(need.report ? { report: need.report } : {}) };
    return dataset.metric(need.metric).ok && dataset.facts(filter).length > 0;
  }
  return true;
}

/** Region code → the number of facts about it in the embedded dataset, known before any part loads. */
export function embeddedFactCounts(): ReadonlyMap<string, number> {
  factCounts ??= new Map(Object.entries(core.factCounts));
  return factCounts;
}
let factCounts: ReadonlyMap<string, number> | undefined;

/**
 * The embedded dataset, or as much of it as `need` asks for: the core (the regions) and
 * the parts that hold what the widget shows, each part fetched once per page. When the
 * parts chosen do not hold it (an unknown id), the whole dataset, so that a widget's "not
 * found" lists the near ids. Rejects when a part's chunk cannot be loaded.
 */
export function loadEmbeddedParts(need: DataNeed = {}): Promise<UnionDataset> {
  // A thousand cards of one fact ask once.
  const key = JSON.stringify(need);
  let pending = byNeed.get(key);
  if (!pending) {
    pending = choose(need);
    pending.catch(() => byNeed.delete(key));
    byNeed.set(key, pending);
  }
  return pending;
}

async function choose(need: DataNeed): Promise<UnionDataset> {
  const chosen = partKeysFor(need, index);
  if (chosen) {
    const dataset = await datasetOf(chosen);
    if (holds(dataset, need)) return dataset;
  }
  return datasetOf(keys);
}
