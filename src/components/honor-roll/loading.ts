import type { DataNeed } from '../../dataset/parts/route.js';

// What an honour roll loads: read by the element, and by the CDN bundle for the rolls
// already in the page, before they upgrade (prefetch.ts).

/** The roll filters by report: every report, and every report's rolls. */
export function honorRollNeed(): DataNeed {
  return { reportsOnly: true, rolls: true };
}

/**
 * The drawing code. The charts' menu and the honour levels' names (the chart-base chunk,
 * vite.config.ts) are a chunk of their own: asked for beside the view rather than found in
 * it, they save the page a round trip.
 */
export function loadRollView(): Promise<typeof import('./roll-view.js')> {
  return Promise.all([import('./roll-view.js'), import('../base/chart-menu.js')]).then(([view]) => view);
}
