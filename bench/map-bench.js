// node bench/map-bench.js: renders <union-county-map> in headless Chromium from the built
// CDN bundle and, in the same run, two yardsticks of the same map from the same TopoJSON:
// a static SVG (the floor: path strings inlined in the page) and a minimal hand-written
// d3-geo map (fetch, topojson feature, Mercator fitted with fitSize, one path per county).
// Prints medians and ratios for one map (geometry fetch included) and for 100 maps on a
// page, and the JS heap after the 100. A benchmark, not a test: it never fails on a figure.
//   node bench/map-bench.js --trace   also traces one load of each case (CDP Tracing): main-
//   thread time per kind of work, the files' waterfall, and the map's hottest functions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { launchChromium, serveBench } from './harness.js';
import { hotspots, waterfall } from './trace-files.js';
import { summarizeTrace, TRACE_CATEGORIES } from './trace-summary.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const tracing = process.argv.includes('--trace');
const WIDTH = 600;
const GEO = '/data/geo/zhejiang.topo.json';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

// The minimal d3 map, bundled like an app would bundle it.
const d3Map = (
  await build({
    stdin: {
      contents: `import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
const topo = await (await fetch('${GEO}')).json();
const counties = feature(topo, topo.objects.counties);
const ns = 'http://www.w3.org/2000/svg';
for (const box of document.querySelectorAll('.map')) {
  const width = box.clientWidth, height = Math.round(width * 0.95);
  const path = geoPath(geoMercator().fitSize([width, height], counties));
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  for (const f of counties.features) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path(f));
    p.setAttribute('fill', '#ddd');
    p.setAttribute('stroke', '#666');
    svg.append(p);
  }
  box.append(svg);
}`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
  })
).outputFiles[0].text;

// The floor: the same drawing as static markup.
const topo = JSON.parse(readFileSync(`.${GEO}`, 'utf8'));
const counties = feature(topo, topo.objects.counties);
const staticPath = geoPath(geoMercator().fitSize([WIDTH, Math.round(WIDTH * 0.95)], counties));
const staticSvg = `<svg viewBox="0 0 ${WIDTH} ${Math.round(WIDTH * 0.95)}">${counties.features.map((f) => `<path d="${staticPath(f)}" fill="#ddd" stroke="#666"/>`).join('')}</svg>`;

const DONE = `(function poll() { if (done()) window.__rendered = performance.now() - window.__start; else requestAnimationFrame(poll); })();`;
function page(kind, n) {
  const head = `<!doctype html><meta charset="utf-8"><style>.map,union-county-map{display:block;width:${WIDTH}px}</style><body><script>window.__start = performance.now();</script>`;
  if (kind === 'static') return `${head}${Array.from({ length: n }, () => `<div class="map">${staticSvg}</div>`).join('')}<script type="module">const done = () => true; ${DONE}</script>`;
  if (kind === 'd3') return `${head}${Array.from({ length: n }, () => '<div class="map"></div>').join('')}<script type="module" src="/d3-map.js"></script>
<script type="module">const boxes = [...document.querySelectorAll('.map')]; const done = () => boxes.every((b) => b.querySelector('path')); ${DONE}</script>`;
  return `${head}<script type="module" src="/dist/union-viz.js"></script>${Array.from({ length: n }, () => `<union-county-map geo-src="${GEO}"></union-county-map>`).join('')}
<script type="module">const maps = [...document.querySelectorAll('union-county-map')]; const done = () => maps.every((m) => m.shadowRoot && m.shadowRoot.querySelector('path.county')); ${DONE}</script>`;
}

const { base, close } = await serveBench((url) => {
  if (url.pathname === '/page') return { type: 'text/html', body: page(url.searchParams.get('kind'), Number(url.searchParams.get('n'))) };
  if (url.pathname === '/d3-map.js') return { type: 'text/javascript', body: d3Map };
  return undefined;
});
const browser = await launchChromium(['--enable-precise-memory-info']);

async function measure(kind, n) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${base}/page?kind=${kind}&n=${n}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 120000 });
  const ms = await tab.evaluate('window.__rendered');
  const { JSHeapUsedSize } = await tab.metrics();
  await tab.close();
  return { ms, heap: JSHeapUsedSize };
}

async function traced(kind, n) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.tracing.start({ categories: [...TRACE_CATEGORIES, 'devtools.timeline', 'netlog'] });
  await tab.goto(`${base}/page?kind=${kind}&n=${n}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 120000 });
  const ms = await tab.evaluate('window.__rendered');
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await tab.close();
  return { ms, summary: summarizeTrace(trace, base), files: waterfall(trace, base) };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = {};
// Interleaved, so that the machine's slow moments (it is shared) fall on every kind alike.
for (const n of [1, 100]) {
  const runs = { static: [], d3: [], map: [] };
  for (let i = 0; i < RUNS; i += 1) for (const kind of Object.keys(runs)) runs[kind].push(await measure(kind, n));
  for (const [kind, list] of Object.entries(runs)) rows[`${kind}-${n}`] = { ms: median(list.map((r) => r.ms)), heap: median(list.map((r) => r.heap)) };
}
const traces = {};
const hot = {};
if (tracing) {
  for (const n of [1, 100]) for (const kind of ['static', 'd3', 'map']) traces[`${kind}-${n}`] = await traced(kind, n);
  for (const n of [1, 100]) hot[n] = await hotspots(browser, `${base}/page?kind=map&n=${n}`, 'window.__rendered !== undefined');
}
await browser.close();
close();

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(`median of ${RUNS} runs, ${WIDTH} px maps, headless Chromium`);
console.log('row'.padEnd(34), 'time'.padStart(10), 'JS heap'.padStart(10));
for (const [name, r] of Object.entries(rows)) console.log(name.padEnd(34), fmt(r.ms).padStart(10), mb(r.heap).padStart(10));
const ratio = (a, b) => (rows[a].ms / rows[b].ms).toFixed(2);
console.log(`one map: ${ratio('map-1', 'd3-1')}× the d3 map (aim ≤ 1.0), ${ratio('map-1', 'static-1')}× the static floor`);
console.log(`100 maps: ${ratio('map-100', 'd3-100')}× the d3 maps (aim ≤ 0.5), ${ratio('map-100', 'static-100')}× the static floor; heap ${mb(rows['map-100'].heap)} (aim ≤ 10 MB)`);
if (tracing) {
  console.log('\nmain thread, one traced load each: self time in ms; layout passes (forced by script)');
  for (const [name, t] of Object.entries(traces)) {
    const ms = Object.entries(t.summary.ms).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`${name}:`.padEnd(12), `${t.ms.toFixed(0)} ms to rendered; ${ms}; layouts ${t.summary.layouts} (${t.summary.forcedLayouts} forced)`);
  }
  console.log('\nfiles, asked for → arrived (ms after navigation)');
  for (const kind of ['d3', 'map']) console.log(`${kind}-1:`.padEnd(12), traces[`${kind}-1`].files.join(', '));
  for (const [n, rows] of Object.entries(hot)) {
    console.log(`\nmap-${n}, self time by function (ms, CPU profile of one load)`);
    for (const [name, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  }
}
