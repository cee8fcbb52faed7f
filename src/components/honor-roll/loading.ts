import type { DataNeed } from '../../dataset/parts/route.js';

// What an honour roll loads: read by the element, and by the CDN bundle for the rolls
// already in the page, before they upgrade (prefetch.ts).

/** The roll filters by report: every report, and every report's rolls. */
export function honorRollNeed(): DataNeed {
  return { reportsOnly: true, rolls: true };
}

/** The drawing code. */
export function loadRollView(): Promise<typeof import('./roll-view.js')> {
  return import('./roll-view.js');
}
