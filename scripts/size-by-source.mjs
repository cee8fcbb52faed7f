// What is in a closure: attributes each chunk's minified bytes to its source modules (via
// its sourcemap) and shares the chunk's gzip size out by those bytes: gzip KB per source
// module, the largest first. A chunk without a sourcemap counts whole under its own name.
//   npx vite build --mode size --sourcemap --outDir /tmp/size-maps
//   node scripts/size-by-source.mjs /tmp/size-maps chunks/a.js chunks/b.js …
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
const dir = process.argv[2];
const files = process.argv.slice(3);
const total = new Map();
for (const file of files) {
  const code = readFileSync(`${dir}/${file}`, 'utf8');
  let map;
  try { map = new TraceMap(JSON.parse(readFileSync(`${dir}/${file}.map`, 'utf8'))); } catch { total.set(file, (total.get(file) ?? 0) + gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length); continue; }
  const lines = code.split('\n');
  const offsets = [];
  let o = 0;
  for (const l of lines) { offsets.push(o); o += l.length + 1; }
  const marks = [];
  eachMapping(map, (m) => marks.push([offsets[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(none)']));
  marks.sort((a, b) => a[0] - b[0]);
  const bytes = new Map();
  marks.forEach(([at, src], i) => {
    const end = i + 1 < marks.length ? marks[i + 1][0] : code.length;
    bytes.set(src, (bytes.get(src) ?? 0) + end - at);
  });
  const gz = gzipSync(code, { level: 9 }).length;
  for (const [src, b] of bytes) {
    const key = src.replace(/^.*node_modules\//, 'nm:').replace(/^.*\/src\//, 'src/');
    total.set(key, (total.get(key) ?? 0) + (gz * b) / code.length);
  }
}
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1024).toFixed(2).padStart(7), k);
