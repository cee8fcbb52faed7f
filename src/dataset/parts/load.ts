import type { Dataset } from '../types.js';
import { UnionDataset } from '../union-dataset.js';
import { inlineCore, loadCore as fetchCore } from './core-source.js';
import { parts, schemaVersion } from './generated/index.js';
import { mergeParts, type DatasetCore, type DatasetPart } from './part.js';
import { partKeysFor, type DataNeed, type PartIndex } from './route.js';

export type { DataNeed } from './route.js';

const keys = Object.keys(parts).sort();
/** What a dataset of parts holds without the core: a widget that names a fact by its id needs no region. */
const NO_CORE: DatasetCore = { schemaVersion, regions: [], coverage: {}, categories: {}, factCounts: {} };
/** The core once it is at hand: at once where it is inline (the CDN bundle). */
let coreLoaded: DatasetCore | undefined = inlineCore;
const coreLoading = new Map<string, Promise<DatasetCore>>();
const loading = new Map<string, Promise<DatasetPart>>();
const datasets = new Map<string, UnionDataset>();
const byNeed = new Map<string, Promise<UnionDataset>>();

/**
 * Loads once; a promise that failed (a missing chunk, a dropped connection) is made again
 * next time, and only its own failure clears it.
 */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    const made = make();
    made.catch(() => {
      if (cache.get(key) === made) cache.delete(key);
    });
    cache.set(key, (pending = made));
  }
  return pending;
}

function loadCore(): Promise<DatasetCore> {
  return once(coreLoading, 'core', () => fetchCore().then((core) => (coreLoaded = core)));
}

function indexOf(core: DatasetCore): PartIndex {
  const regions = new UnionDataset({ ...core, reports: [], metrics: [], facts: [], honorRolls: [] } as Dataset);
  return {
    keys,
    coverage: core.coverage,
    categories: core.categories,
    regionCode: (key: string) => {
      const region = regions.region(key);
      return region.ok ? region.value.code : undefined;
    },
  };
}

async function datasetOf(core: DatasetCore, chosen: readonly string[]): Promise<UnionDataset> {
  const loaded = await Promise.all(chosen.map((key) => once(loading, key, () => parts[key]!().then((module) => module.default as DatasetPart))));
  const id = `${core === NO_CORE ? '' : 'core '}${chosen.join(' ')}`;
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

/**
 * Region code → the number of facts about it in the embedded dataset, from the core: known
 * once a widget's parts have loaded for any need but a fact by its id (they load the core).
 */
export function embeddedFactCounts(): ReadonlyMap<string, number> {
  if (!coreLoaded) return new Map();
  factCounts ??= new Map(Object.entries(coreLoaded.factCounts));
  return factCounts;
}
let factCounts: ReadonlyMap<string, number> | undefined;

/**
 * The embedded dataset, or as much of it as `need` asks for: the parts that hold what the
 * widget shows, each fetched once per page, with the core (the regions) unless the widget
 * names a fact by its id. When the parts chosen do not hold it (an unknown id), the whole
 * dataset, so that a widget's "not found" lists the near ids. Rejects when a chunk of it
 * cannot be loaded.
 */
export function loadEmbeddedParts(need: DataNeed = {}): Promise<UnionDataset> {
  // A thousand cards of one fact ask once; a field set to null asks what an absent one does
  // (an element's need and the CDN bundle's early one, read from attributes, are one).
  return once(byNeed, JSON.stringify(need, (_, value: unknown) => value ?? undefined), () => choose(need));
}

async function choose(need: DataNeed): Promise<UnionDataset> {
  // Without an await where the core is at hand: the parts are requested in the same task.
  const core = need.fact ? NO_CORE : (coreLoaded ?? (await loadCore()));
  const chosen = partKeysFor(need, core === NO_CORE ? { keys, coverage: {}, regionCode: () => undefined } : indexOf(core));
  if (chosen) {
    const dataset = await datasetOf(core, chosen);
    if (holds(dataset, need)) return dataset;
  }
  return datasetOf(coreLoaded ?? (await loadCore()), keys);
}
