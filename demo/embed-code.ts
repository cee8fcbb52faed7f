import { version } from '../package.json';

/**
 * The CDN bundle's address once the package is on npm: jsDelivr serves every release, and
 * `@0.1` follows the latest 0.1.x, so a page gets fixes without changing its embed code.
 */
export const CDN_SCRIPT = `https://cdn.jsdelivr.net/npm/union-viz@${version.split('.').slice(0, 2).join('.')}/dist/union-viz.js`;

/** What a page needs to show a report's headline figures: the script, then the tag. */
export function embedCode(report: string): string {
  return `<script type="module" src="${CDN_SCRIPT}"></script>\n<union-kpi-grid report="${report}"></union-kpi-grid>`;
}
