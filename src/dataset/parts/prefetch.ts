import { barChartNeed, loadBarChartView } from '../../components/bar-chart/loading.js';
import { widgetNeed, type NeedAttributes } from '../../components/base/widget-need.js';
import { loadTopology } from '../../components/county-map/geo-source.js';
import { countyMapNeed, loadMapCode } from '../../components/county-map/loading.js';
import { honorRollNeed, loadRollView } from '../../components/honor-roll/loading.js';
import { loadEmbeddedParts } from './load.js';
import type { DataNeed } from './route.js';

type Early = {
  /** The attributes the element reads its need from: its own properties, no others. */
  reads: readonly (keyof NeedAttributes)[];
  need: (attributes: NeedAttributes) => DataNeed;
  /** The code it draws with, where that is a chunk, for every element of the tag in the page. */
  code?: (elements: readonly NeedAttributes[]) => Promise<unknown>;
};

const CARD: Early = { reads: ['fact', 'metric', 'region', 'report'], need: widgetNeed };

/** What each tag asks for before it upgrades, as its element will ask for it (test/dataset/prefetch.test.ts). */
const EARLY: Record<string, Early> = {
  'union-kpi': CARD,
  'union-figure': CARD,
  'union-kpi-grid': { reads: ['report', 'category'], need: widgetNeed },
  'union-bar-chart': { reads: ['report', 'category', 'metrics', 'metric'], need: barChartNeed, code: () => loadBarChartView() },
  'union-honor-roll': { reads: [], need: honorRollNeed, code: () => loadRollView() },
  'union-county-map': {
    reads: ['metric', 'geo-src'],
    need: countyMapNeed,
    // The details too when any map has a metric; the boundaries of each map's geo-src.
    code: (maps) => Promise.all([loadMapCode(maps.some((m) => !!m.metric)), ...[...new Set(maps.map((m) => m['geo-src'] || null))].map(loadTopology)]),
  },
};
const TAGS = Object.keys(EARLY).join(', ');

/** The attributes of `el` its tag reads its need from. */
function readAttributes(el: Element): NeedAttributes {
  return Object.fromEntries(EARLY[el.localName]!.reads.flatMap((name) => (el.hasAttribute(name) ? [[name, el.getAttribute(name)]] : [])));
}

/** The need of a widget not upgraded yet, read from its attributes: what its element's dataNeed() will be. */
export function earlyNeed(el: Element): DataNeed {
  return EARLY[el.localName]!.need(readAttributes(el));
}

/**
 * Starts fetching what the widgets already in the page will ask for, while the rest of the
 * bundle is still being evaluated: the dataset's parts, and a chart's, roll's or map's
 * drawing code. Both are on their way before the first widget upgrades. A widget with a
 * `src` fetches its own dataset; its code is fetched here all the same. A part or a chunk
 * that fails is fetched again when a widget asks, and the widget shows the problem.
 */
export function prefetchWidgets(root: ParentNode = document): void {
  const byTag = new Map<string, NeedAttributes[]>();
  for (const el of root.querySelectorAll(TAGS)) {
    const attributes = readAttributes(el);
    const ofTag = byTag.get(el.localName);
    if (ofTag) ofTag.push(attributes);
    else byTag.set(el.localName, [attributes]);
    // `src=""` is no URL: the element shows the embedded dataset.
    if (!el.getAttribute('src')) loadEmbeddedParts(EARLY[el.localName]!.need(attributes)).catch(() => undefined);
  }
  for (const [tag, elements] of byTag) EARLY[tag]!.code?.(elements).catch(() => undefined);
}
