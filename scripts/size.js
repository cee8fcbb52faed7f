// npm run size: builds the package, the CDN bundle and the single-file bundle, then prints
// gzip sizes (level 9) and exits 1 when a budget is exceeded. Sizes are deterministic for
// a given source and lockfile. The rows:
// - each define entry with every chunk it imports statically, Lit included: measured on
//   the package as an app bundles it (`vite build --mode size`; the published package keeps
//   `lit` as an import);
// - one KPI with its data: the KPI's define entry, its view, the dataset's loader, and the
//   largest part a single fact can need, all fetched for one card on a page (a card that
//   names its fact by id needs no core: see src/dataset/parts/load.ts);
// - the CDN bundle (dist/union-viz.js) and the single file (dist/union-viz.standalone.js);
// - what loads on demand: each view, the error state, the validator, the dataset whole.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const SIZE_DIR = 'node_modules/.cache/union-viz-size';
const BUDGETS = {
  // DESIGN's bar is 9 KB (see GOALS); the base hardening of 2026-11 (page theme, shadow-root
  // lang, bad-property checks) left the tag file at 9.17 KB, and 9.07 KB after moving the
  // error state's tokens and warning out of it; 9.05 KB on 2026-11-22. Until it is under
  // 9 KB, the budget that fails CI is a ceiling just above today's size, so it cannot grow.
  'define/union-kpi': 9.07 * KB,
  'define/union-figure': 9 * KB,
  // The grid's tag file registers <union-kpi> too.
  'define/union-kpi-grid': 11 * KB,
  // DESIGN's goal is 20 KB (see GOALS); 22.80 KB, then 21.15 KB after the package's shared
  // chunks, slimmer parts and a core loaded only when a widget needs more than a fact by
  // id; 20.93 KB with the formatting and the source button in one chunk and the parts
  // named after their keys (2026-11-22). A ceiling, as above, raised on 2026-11-23 to 21.3
  // for 21.28 KB, by what the card's path had to gain: an "over" figure rounded down and a
  // "nearly" one up, its scale picked the same way, a negative one the other way (0.11), the
  // metrics' level and family read from their ids, which kept the whole dataset under its
  // 30 KB (0.10), a source popover placed beside a chart's bar, found again after a
  // re-layout (0.11), a grid card's period said once (0.03).
  'one KPI with its data': 21.3 * KB,
  // The two bundles' budgets are this project's own, not DESIGN's: set when they held three
  // tags, raised as the bar chart, the honour roll and the county map joined, to what they
  // need plus a small margin. The CDN file holds every tag file and the KPI family's views;
  // the charts' drawing code, d3 and the geometry are chunks. The single file holds all.
  'union-viz (CDN, every tag)': 32 * KB,
  'union-viz.standalone (every tag, all data)': 120 * KB,
  'dataset, whole': 30 * KB,
  'define/union-bar-chart': 22 * KB,
  // Issue 7's 22 KB is read as what a page pays to draw a chart (see GOALS); 35.42 KB, then
  // 33.75 KB on 2026-11-22. A ceiling, as above, so that the drawn chart cannot grow while
  // it is over its goal; raised on 2026-11-23 to 34.9 for 34.85 KB, by what review and
  // testing asked of the chart: a range drawn as a range, axis ticks that never overlap,
  // a table readable at 375 px with the printed figure, one export assembly for every
  // widget with the caveat in the files, the source beside its bar, forced-colours legend.
  'union-bar-chart drawn (define + view)': 34.9 * KB,
  'define/union-honor-roll': 14 * KB,
  'define/union-county-map': 30 * KB,
  // Issue 8's 30 KB, read as what a page pays to draw a map: the tag file is small because
  // the view loads lazily, so the budget is on the map drawn (see the row below).
  'union-county-map drawn (define + view)': 30 * KB,
  // The boundaries are a file of their own, loaded with the map (data/geo).
  'map boundaries (zhejiang.topo.json)': 25 * KB,
};

/** DESIGN's quality bars not met yet: printed as "over goal", never a CI failure on their own. */
const GOALS = {
  'define/union-kpi': 9 * KB,
  'one KPI with its data': 20 * KB,
  // Issue 7: "≤ 22 KB gzip, with Lit and the d3 modules", for a drawn chart (define + view).
  'union-bar-chart drawn (define + view)': 22 * KB,
};

if (!process.argv.includes('--no-build')) {
  for (const mode of ['production', 'size', 'cdn', 'standalone']) {
    execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const manifest = JSON.parse(readFileSync(`${SIZE_DIR}/manifest.json`, 'utf8'));
const cdnManifest = JSON.parse(readFileSync('dist/manifest-cdn.json', 'utf8'));
const bytesOf = (keys, dir = SIZE_DIR, from = manifest) => [...keys].reduce((sum, k) => sum + gz(`${dir}/${from[k].file}`), 0);

function staticClosure(key, from = manifest, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of from[key]?.imports ?? []) staticClosure(dep, from, seen);
  return seen;
}
const union = (...sets) => new Set(sets.flatMap((s) => [...s]));
const keyOf = (pattern) => Object.keys(manifest).find((k) => pattern.test(k));

const rows = [];
const defines = Object.entries(manifest).filter(([, c]) => c.isEntry && c.name?.startsWith('define/'));
for (const [key, chunk] of defines.sort((a, b) => a[1].name.localeCompare(b[1].name))) {
  rows.push({ name: chunk.name, bytes: bytesOf(staticClosure(key)) });
}

const parts = Object.keys(manifest).filter((k) => /parts\/generated\/.*\/facts-[^/]*\.json$/.test(k));
const kpiBase = union(staticClosure('src/define/union-kpi.ts'), staticClosure(keyOf(/kpi\/kpi-view\.ts$/)), staticClosure(keyOf(/parts\/load\.ts$/)));
const perPart = parts.map((k) => ({ part: k.replace(/^.*generated\/|\.json$/g, ''), bytes: bytesOf(union(kpiBase, staticClosure(k))) }));
const largest = perPart.sort((a, b) => b.bytes - a.bytes)[0];
rows.push({ name: 'one KPI with its data', bytes: largest.bytes, note: `largest part: ${largest.part}; ${perPart.length} parts` });

const cdnEntry = staticClosure('src/cdn.ts', cdnManifest);
rows.push({ name: 'union-viz (CDN, every tag)', bytes: bytesOf(cdnEntry, 'dist', cdnManifest), note: 'with the dataset core; parts load on demand' });
rows.push({ name: 'union-viz.standalone (every tag, all data)', bytes: gz('dist/union-viz.standalone.js'), note: 'no chunks' });

// Loaded on demand: each row counts only what the define entries do not load already.
const upFront = union(...defines.map(([key]) => staticClosure(key)));
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry || key.endsWith('.json')) continue;
  const own = [...staticClosure(key)].filter((k) => !upFront.has(k));
  rows.push({ name: `on demand: ${chunk.name}`, bytes: bytesOf(own) });
}
// The size build puts the whole dataset (embeddedDataset(), union-viz/dataset) in a chunk of its own.
const whole = Object.keys(manifest).find((k) => manifest[k].name === 'embedded-dataset');
rows.push({ name: 'dataset, whole', bytes: bytesOf([whole]), note: 'embeddedDataset(), union-viz/dataset, the single file' });
const partBytes = Object.keys(manifest).filter((k) => k.includes('parts/generated/')).map((k) => gz(`${SIZE_DIR}/${manifest[k].file}`));
rows.push({ name: 'dataset parts', bytes: Math.max(...partBytes), note: `largest of ${partBytes.length}; ${(partBytes.reduce((a, b) => a + b, 0) / KB).toFixed(2)} KB in all` });

// Each chart, map and roll as a page pays for it drawn from the embedded dataset: its tag
// file, its view and everything they load, but not the dataset, the JSON geometry, the
// error state, the validator or the menu's export code (loaded only when used). Printed for
// the record: DESIGN's budgets are read on the define entries above; the bar chart's row
// has issue 7's goal and a ceiling.
const isJson = (key) => key.endsWith('.json');
function fullClosure(key, seen = new Set()) {
  if (seen.has(key) || isJson(key)) return seen;
  seen.add(key);
  for (const dep of [...(manifest[key]?.imports ?? []), ...(manifest[key]?.dynamicImports ?? [])]) fullClosure(dep, seen);
  return seen;
}
for (const tag of ['union-bar-chart', 'union-honor-roll']) {
  const entry = Object.keys(manifest).find((k) => manifest[k].name === `define/${tag}` && manifest[k].isEntry);
  if (!entry) continue;
  const drawn = [...fullClosure(entry)].filter((k) => !/embedded|from-json|validate|problem|chart-export|dataset-fetch|parts\/generated/.test(manifest[k].file));
  rows.push({ name: `${tag} drawn (define + view)`, bytes: bytesOf(drawn), files: drawn.length });
}
// The map as a page pays for it drawn: the tag file, the view and the dataset loader, Lit
// included, followed through every import the map makes to draw, but not into what loads
// on first use (the error state, the export code and what only it imports, a source's
// quote, the tooltip and list) nor into data (the geometry, the region table and the
// dataset's parts are JSON: a map draws from them, as from its dataset).
const ON_FIRST_USE = /embedded|from-json|validate|problem|chart-export|dataset-fetch|source-content|county-map-details|parts\/generated/;
function drawnClosure(key, seen = new Set()) {
  if (seen.has(key) || isJson(key) || ON_FIRST_USE.test(manifest[key]?.file ?? '')) return seen;
  seen.add(key);
  for (const dep of [...(manifest[key]?.imports ?? []), ...(manifest[key]?.dynamicImports ?? [])]) drawnClosure(dep, seen);
  return seen;
}
const mapEntry = Object.keys(manifest).find((k) => manifest[k].name === 'define/union-county-map' && manifest[k].isEntry);
if (mapEntry) {
  const drawn = drawnClosure(mapEntry);
  rows.push({ name: 'union-county-map drawn (define + view)', bytes: bytesOf(drawn), files: drawn.size, note: `${drawn.size} files; geometry and region table apart` });
  // With `metric`, the map loads the code that writes values (also the tooltip and lists).
  const details = Object.keys(manifest).find((k) => /county-map-details\.ts$/.test(k));
  if (details) {
    const own = [...staticClosure(details)].filter((k) => !drawn.has(k) && !ON_FIRST_USE.test(manifest[k].file) || k === details);
    rows.push({ name: 'union-county-map with a metric (drawn + values)', bytes: bytesOf(union(drawn, own)), note: 'printed for the record' });
  }
}
const geo = Object.keys(manifest).find((k) => k.endsWith('zhejiang.topo.json'));
if (geo) rows.push({ name: 'map boundaries (zhejiang.topo.json)', bytes: bytesOf([geo]), files: 1 });

let over = 0;
const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
console.log('entry'.padEnd(44), 'gzip'.padStart(9), 'budget'.padStart(9), 'goal'.padStart(9));
for (const row of rows) {
  const budget = BUDGETS[row.name];
  const goal = GOALS[row.name];
  const fail = budget !== undefined && row.bytes > budget;
  if (fail) over += 1;
  const mark = fail ? 'OVER BUDGET' : goal !== undefined && row.bytes > goal ? 'over goal' : '';
  console.log(row.name.padEnd(44), fmt(row.bytes).padStart(9), (budget ? fmt(budget) : '-').padStart(9), (goal ? fmt(goal) : '').padStart(9), mark, row.note ?? '');
}
process.exit(over === 0 ? 0 : 1);
