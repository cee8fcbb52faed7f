// npm run size: builds the package and the CDN bundle, then prints the gzip size of each
// define entry (with every chunk it imports statically, Lit included), of the CDN bundle,
// and of the chunks loaded on demand (the embedded dataset, the validator). Exits 1 when
// a budget is exceeded. Sizes are deterministic for a given source and lockfile.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = {
  'define/union-kpi': 9 * KB,
  'define/union-figure': 9 * KB,
  // The grid's tag file registers <union-kpi> too.
  'define/union-kpi-grid': 11 * KB,
  'define/union-bar-chart': 22 * KB,
  'union-viz (CDN, every tag)': 50 * KB,
  'dataset chunk': 30 * KB,
  'define/union-county-map': 30 * KB,
  // The boundaries are a file of their own, loaded with the map (data/geo).
  'map boundaries (zhejiang.topo.json)': 25 * KB,
};

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
const cdnManifest = JSON.parse(readFileSync('dist/manifest-cdn.json', 'utf8'));

function staticClosure(key, seen = new Set(), from = manifest) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of from[key]?.imports ?? []) staticClosure(dep, seen, from);
  return seen;
}

const rows = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry || !chunk.name?.startsWith('define/')) continue;
  const files = [...staticClosure(key)].map((k) => manifest[k].file);
  rows.push({ name: chunk.name, bytes: files.reduce((sum, f) => sum + gz(f), 0), files: files.length });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
const cdnFiles = [...staticClosure('src/cdn.ts', new Set(), cdnManifest)].map((k) => cdnManifest[k].file);
rows.push({ name: 'union-viz (CDN, every tag)', bytes: cdnFiles.reduce((sum, f) => sum + gz(f), 0), files: cdnFiles.length });

// Loaded on demand: the views (drawn with data), the error state, the validator and the
// embedded dataset. Each row counts only what the define entries do not load already.
const loadedUpFront = new Set();
const onDemand = new Set();
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry || !chunk.name?.startsWith('define/')) continue;
  for (const k of staticClosure(key)) {
    loadedUpFront.add(k);
    for (const d of manifest[k].dynamicImports ?? []) onDemand.add(d);
  }
}
for (const key of onDemand) {
  const chunk = manifest[key];
  const own = [...staticClosure(key)].filter((k) => !loadedUpFront.has(k));
  const name = /embedded/.test(chunk.file) ? 'dataset chunk' : `on demand: ${chunk.file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '')}`;
  const bytes = /embedded/.test(chunk.file) ? gz(chunk.file) : own.reduce((sum, k) => sum + gz(manifest[k].file), 0);
  rows.push({ name, bytes, files: own.length });
}

// The county map with everything it loads to draw from the embedded dataset, except its
// JSON (boundaries, regions) and the dataset: the view, d3-geo, topojson-client, the chart
// base. Printed for the record; what loads only with src, on error or on menu open is left out.
const isJson = (key) => key.endsWith('.json');
function fullClosure(key, seen = new Set()) {
  if (seen.has(key) || isJson(key)) return seen;
  seen.add(key);
  for (const dep of [...(manifest[key]?.imports ?? []), ...(manifest[key]?.dynamicImports ?? [])]) fullClosure(dep, seen);
  return seen;
}
const mapEntry = Object.keys(manifest).find((k) => manifest[k].name === 'define/union-county-map' && manifest[k].isEntry);
if (mapEntry) {
  const files = [...fullClosure(mapEntry)].filter((k) => !/embedded|from-json|validate|problem|chart-export/.test(manifest[k].file)).map((k) => manifest[k].file);
  rows.push({ name: 'union-county-map drawn (Lit, d3-geo)', bytes: files.reduce((sum, f) => sum + gz(f), 0), files: files.length });
  const geo = Object.keys(manifest).find((k) => k.endsWith('zhejiang.topo.json'));
  if (geo) rows.push({ name: 'map boundaries (zhejiang.topo.json)', bytes: gz(manifest[geo].file), files: 1 });
}

let over = 0;
console.log('entry'.padEnd(44), 'gzip'.padStart(9), 'budget'.padStart(9));
for (const row of rows) {
  const budget = BUDGETS[row.name];
  const fail = budget !== undefined && row.bytes > budget;
  if (fail) over += 1;
  const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
  console.log(row.name.padEnd(44), fmt(row.bytes).padStart(9), (budget ? fmt(budget) : '-').padStart(9), fail ? 'OVER BUDGET' : '');
}
process.exit(over === 0 ? 0 : 1);
