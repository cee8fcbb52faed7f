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
  'define/union-honor-roll': 14 * KB,
  'union-viz (CDN, every tag)': 50 * KB,
  // 30 KB until each honour-roll entry carried its printed line for the source popover (+2.2 KB).
  'dataset chunk': 33 * KB,
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
