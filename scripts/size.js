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
  'define/union-kpi-grid': 10 * KB,
  'union-viz (CDN, every tag)': 50 * KB,
  'dataset chunk': 30 * KB,
};

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const gz = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));

function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, seen);
  return seen;
}

const rows = [];
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry || !chunk.name?.startsWith('define/')) continue;
  const files = [...staticClosure(key)].map((k) => manifest[k].file);
  rows.push({ name: chunk.name, bytes: files.reduce((sum, f) => sum + gz(f), 0), files: files.length });
}
rows.sort((a, b) => a.name.localeCompare(b.name));
rows.push({ name: 'union-viz (CDN, every tag)', bytes: gz('union-viz.js'), files: 1 });

const onDemand = new Set();
for (const [key, chunk] of Object.entries(manifest)) {
  if (chunk.isEntry && chunk.name?.startsWith('define/')) {
    for (const k of staticClosure(key)) for (const d of manifest[k].dynamicImports ?? []) onDemand.add(d);
  }
}
for (const key of onDemand) {
  const chunk = manifest[key];
  const name = /embedded/.test(chunk.file) ? 'dataset chunk' : `on demand: ${chunk.file}`;
  const bytes = [...staticClosure(key)].map((k) => gz(manifest[k].file)).reduce((a, b) => a + b, 0);
  rows.push({ name, bytes, files: 1 });
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
