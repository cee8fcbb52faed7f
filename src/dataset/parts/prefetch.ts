import { barChartNeed, loadBarChartView } from '../../components/bar-chart/loading.js';
import { widgetNeed, type NeedAttributes } from '../../components/base/widget-need.js';
import { loadTopology } from '../../components/county-map/geo-source.js';
import { countyMapNeed, loadMapCode } from '../../components/county-map/loading.js';
import { honorRollNeed, loadRollView } from '../../components/honor-roll/loading.js';
import { loadEmbeddedParts } from './load.js';
import type { DataNeed } from './route.js';

/** What each tag asks for before it upgrades: its parts, and the code it draws with where that is a chunk. */
const EARLY: Record<string, { need: (attributes: NeedAttributes) => DataNeed; code?: (attributes: NeedAttributes) => Promise<unknown> }> = {
  'union-kpi': { need: widgetNeed },
  'union-figure': { need: widgetNeed },
  'union-kpi-grid': { need: widgetNeed },
  'union-bar-chart': { need: barChartNeed, code: loadBarChartView },
  'union-honor-roll': { need: honorRollNeed, code: loadRollView },
  'union-county-map': { need: countyMapNeed, code: (attributes) => Promise.all([loadMapCode(!!attributes.metric), loadTopology(attributes['geo-src'] ?? null)]) },
};
const TAGS = Object.keys(EARLY).join(', ');

/**
 * Starts fetching what the widgets already in the page will ask for, while the rest of the
 * bundle is still being evaluated: the dataset's parts, and a chart's, roll's or map's
 * drawing code. The data and code are on their way before the first widget upgrades. A
 * widget with `src` fetches its own dataset; its code is fetched here all the same. What
 * fails is fetched again when its widget asks, and the widget shows the problem.
 */
export function prefetchParts(root: ParentNode = document): void {
  const asked = new Set<string>();
  for (const el of root.querySelectorAll(TAGS)) {
    const early = EARLY[el.localName]!;
    const attributes: NeedAttributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    if (early.code && !asked.has(el.localName)) {
      asked.add(el.localName);
      early.code(attributes).catch(() => undefined);
    }
    if (!el.hasAttribute('src')) loadEmbeddedParts(early.need(attributes)).catch(() => undefined);
  }
}
