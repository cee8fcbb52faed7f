// What a page of the built site costs a reader before it is usable: every file of the site
// that the page loads, in headless Chromium at 1280×900, until the network has been idle for
// half a second (no scrolling, no clicks), summed per kind and gzipped as a host would serve
// it. What loads on a click or when a reader scrolls to it is not counted: that is the point.
// Used by scripts/site-weight.js (the table and the budgets) and scripts/site-e2e.js.
import { gzipSync } from 'node:zlib';

/**
 * The most each page may load (KB, gzip, JS + data + CSS; the HTML itself is under 1 KB and
 * is counted apart). Set at what the site reaches (2026-11-22) with about 10 % for the
 * widgets' own growth.
 */
export const BUDGETS_KB = {
  // The province map (its view, d3-geo and the boundaries: about 55 KB, the map's own) and
  // one small part per report for the reporting regions; the headline grids load on a choice.
  index: 92,
  // The reader's text, its report's facts, and the shell; the card on a fact's first opening.
  report: 45,
  // The two charts of the first screen; the two below load when scrolled to.
  charts: 47,
  // The roll's code and every roll (its report filter is a control), no facts.
  honours: 48,
  // The previewed widget and the whole dataset: the pickers list every report, fact and award.
  embed: 66,
  // The whole dataset: every fact is in the table.
  explorer: 41,
  // A text box; the validator and the widgets load on the first check.
  validator: 8,
  'docs-index': 8,
  // The heaviest is the map's page (the map and its boundaries); the others are 31-47 KB.
  docs: 92,
};

/** Which budget a page's path (e.g. /docs.html?tag=union-kpi) answers to. */
export function budgetKey(path) {
  const url = new URL(path, 'http://x');
  const page = url.pathname.replace(/^\//, '').replace(/\.html$/, '');
  if (page === 'docs' && !url.searchParams.get('tag')) return 'docs-index';
  return page;
}

/** The kind a response counts as: js, data, css, html, or other. */
function kindOf(type, url) {
  if (type === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (type === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (type === 'document') return 'html';
  if (type === 'fetch' || type === 'xhr' || /\.json(\?|$)/.test(url)) return 'data';
  return 'other';
}

/**
 * Loads `origin + path` in a new page of `browser` and resolves to the gzip bytes it loaded
 * from `origin`, per kind, and the files. The page is closed after.
 */
export async function weighPage(browser, origin, path, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const pending = [];
  const files = [];
  page.on('response', (r) => {
    if (!r.url().startsWith(origin) || r.status() >= 300) return;
    const kind = kindOf(r.request().resourceType(), r.url());
    pending.push(
      r
        .buffer()
        .then((body) => files.push({ url: r.url().slice(origin.length), kind, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => {}),
    );
  });
  await page.goto(origin + path.replace(/^\//, ''), { waitUntil: 'load' });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 20000 }).catch(() => {});
  await Promise.all(pending);
  await page.close();
  const sum = (kinds) => files.filter((f) => kinds.includes(f.kind)).reduce((s, f) => s + f.gzip, 0);
  return { path, files, js: sum(['js']), data: sum(['data']), css: sum(['css']), html: sum(['html']), total: sum(['js', 'data', 'css']) };
}

const kb = (n) => (n / 1024).toFixed(1);

/** The table: one row a page, KB gzip, with its budget and whether it is within it. */
export function weightTable(weights) {
  const rows = [`${'page'.padEnd(44)}${'JS'.padStart(7)}${'data'.padStart(7)}${'CSS'.padStart(6)}${'total'.padStart(8)}${'budget'.padStart(8)}  files`];
  for (const w of weights) {
    const budget = BUDGETS_KB[budgetKey(w.path)];
    const over = budget !== undefined && w.total / 1024 > budget;
    rows.push(`${w.path.padEnd(44)}${kb(w.js).padStart(7)}${kb(w.data).padStart(7)}${kb(w.css).padStart(6)}${kb(w.total).padStart(8)}${String(budget ?? '-').padStart(8)}  ${w.files.length}${over ? '  OVER' : ''}`);
  }
  rows.push('(KB gzip, level 9; loaded at 1280×900 before any click or scroll; the HTML is not in the total)');
  return rows.join('\n');
}

/** True when the page is within its budget (a page with no budget fails: every page has one). */
export function withinBudget(weight) {
  const budget = BUDGETS_KB[budgetKey(weight.path)];
  return budget !== undefined && weight.total / 1024 <= budget;
}
