import type { DataNeed } from '../../dataset/parts/route.js';
import { widgetNeed, type NeedAttributes } from '../base/widget-need.js';

// What a bar chart loads: read by the element, and by the CDN bundle for the charts already
// in the page, before they upgrade (prefetch.ts).

/**
 * A chart shows no honour rolls: only the parts with facts, and with a category, only that
 * category's. `metrics` wins over `metric`, as selectBars reads them: a list reaches across
 * groups, so the need must not narrow to one metric's group or to the category.
 */
export function barChartNeed(attributes: NeedAttributes): DataNeed {
  const need = widgetNeed(attributes);
  const { metrics } = attributes;
  return { ...need, rolls: false, category: metrics || need.metric ? null : need.category, ...(metrics ? { metric: null } : {}) };
}

/**
 * The drawing code. Its wording (shared with the roll) and the charts' menu and table (the
 * chart-base chunk, vite.config.ts) are chunks of their own: asked for beside the view
 * rather than found in it, they save the page a round trip.
 */
export function loadBarChartView(): Promise<typeof import('./bar-chart-view.js')> {
  return Promise.all([import('./bar-chart-view.js'), import('./words.js'), import('../base/chart-menu.js')]).then(([view]) => view);
}
