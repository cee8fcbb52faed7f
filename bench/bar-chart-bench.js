// node bench/bar-chart-bench.js: renders <union-bar-chart> in headless Chromium from the
// built CDN bundle, beside two yardsticks that draw the same bars (Jinhua's honours): a
// static SVG written out beforehand (the floor) and a minimal hand-written d3 chart
// (d3-scale and d3-array, bundled here, the data inline). Prints medians for one chart and
// for 100 charts on a page, the JS heap after the 100, and union-bar-chart's ratio to each
// yardstick. A benchmark, not a test: it reports and never fails on a figure.
//   node bench/bar-chart-bench.js --trace   also traces one load of each case (CDP Tracing)
//                                           and prints where the main thread spent its time,
//                                           when each file arrived, and the functions that
//                                           cost most in union-bar-chart ×100 (CPU profile)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium, serveBench } from './harness.js';
import { summarizeTrace, TRACE_CATEGORIES } from './trace-summary.js';
import { hotspots, waterfall } from './trace-files.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const tracing = process.argv.includes('--trace');
const REPORT = 'jinhua-five-year';
const CATEGORY = 'honours';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
// A metric's category is left out of the dataset where it is the first segment of its id.
const categoryOf = (metric) => metrics.get(metric).category ?? metric.split('.')[0];
const bars = dataset.facts
  .filter((f) => f.report === REPORT && categoryOf(f.metric) === CATEGORY)
  .map((f) => ({ label: f.label ?? metrics.get(f.metric).zh, value: f.quantity.value, text: f.quantity.text, unit: f.quantity.unit }));
if (bars.length === 0) throw new Error(`no facts of ${REPORT} in ${CATEGORY}: the yardsticks would draw nothing`);

const WIDTH = 640;
const ROW = 28;
const X0 = 220;
const X1 = WIDTH - 60;
const max = Math.max(...bars.map((b) => b.value));
const staticSvg = `<svg viewBox="0 0 ${WIDTH} ${bars.length * ROW}" width="${WIDTH}" font-size="13">${bars
  .map((b, i) => {
    const w = ((X1 - X0) * b.value) / max;
    return `<text x="${X0 - 8}" y="${i * ROW + 18}" text-anchor="end">${b.label}</text><rect x="${X0}" y="${i * ROW + 5}" width="${w.toFixed(1)}" height="18" fill="#3d5a80"></rect><text x="${X0 + w + 4}" y="${i * ROW + 18}">${b.text}</text>`;
  })
  .join('')}</svg>`;

// The d3 yardstick: what a developer writes by hand with d3's scales for the same visible
// result as union-bar-chart: one panel per unit (two units never share an axis), each with
// its caption, its bars, their labels and values as printed, gridlines, an axis and ticks.
const d3Source = `
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
const bars = ${JSON.stringify(bars)};
const NS = 'http://www.w3.org/2000/svg';
const el = (name, attrs, text) => { const n = document.createElementNS(NS, name); for (const k in attrs) n.setAttribute(k, attrs[k]); if (text !== undefined) n.textContent = text; return n; };
const units = [...new Set(bars.map((b) => b.unit))];
for (const host of document.querySelectorAll('.d3-chart')) {
  const svg = el('svg', { width: ${WIDTH}, 'font-size': 13 });
  let top = 0;
  for (const unit of units) {
    const rows = bars.filter((b) => b.unit === unit);
    const x = scaleLinear().domain([0, max(rows, (b) => b.value)]).nice().range([${X0}, ${X1}]);
    const bottom = top + 22 + rows.length * ${ROW};
    svg.append(el('text', { x: 4, y: top + 16, 'font-weight': 600 }, unit));
    for (const t of x.ticks(5)) {
      svg.append(el('line', { x1: x(t), x2: x(t), y1: top + 22, y2: bottom, stroke: '#ddd' }));
      svg.append(el('text', { x: x(t), y: bottom + 16, 'text-anchor': 'middle' }, String(t)));
    }
    svg.append(el('line', { x1: ${X0}, x2: x.range()[1], y1: bottom, y2: bottom, stroke: '#333' }));
    rows.forEach((b, i) => {
      const y = top + 22 + i * ${ROW};
      svg.append(el('text', { x: ${X0} - 8, y: y + 18, 'text-anchor': 'end' }, b.label));
      svg.append(el('rect', { x: ${X0}, y: y + 5, width: x(b.value) - ${X0}, height: 18, fill: '#3d5a80' }));
      svg.append(el('text', { x: x(b.value) + 4, y: y + 18 }, b.text));
    });
    top = bottom + 40;
  }
  svg.setAttribute('viewBox', '0 0 ${WIDTH} ' + top);
  svg.setAttribute('height', top);
  host.append(svg);
}
window.__rendered = performance.now() - window.__start;`;
const d3Bundle = (await build({ stdin: { contents: d3Source, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false })).outputFiles[0].text;

const kinds = {
  'union-bar-chart': (n) => `<script type="module" src="/dist/union-viz.js"></script>
${`<union-bar-chart report="${REPORT}" category="${CATEGORY}"></union-bar-chart>`.repeat(n)}
<script type="module">
  const charts = [...document.querySelectorAll('union-bar-chart')];
  const done = () => charts.every((c) => c.shadowRoot && c.shadowRoot.querySelector('.mark, [part="error"]:not([aria-busy])'));
  (function poll() { if (done()) window.__rendered = performance.now() - window.__start; else requestAnimationFrame(poll); })();
</script>`,
  'static SVG': (n) => `${staticSvg.repeat(n)}<script>window.__rendered = performance.now() - window.__start;</script>`,
  'd3 by hand': (n) => `${'<div class="d3-chart"></div>'.repeat(n)}<script type="module" src="/d3-yardstick.js"></script>`,
};

const html = (body) => ({ type: 'text/html', body });
const { base, close } = await serveBench((url) => {
  if (url.pathname === '/page') return html(`<!doctype html><meta charset="utf-8"><body><script>window.__start = performance.now();</script>${kinds[url.searchParams.get('kind')](Number(url.searchParams.get('n')))}`);
  if (url.pathname === '/d3-yardstick.js') return { type: 'text/javascript', body: d3Bundle };
  return undefined;
});
const browser = await launchChromium();

async function measure(kind, n) {
  const tab = await browser.newPage();
  await tab.goto(`${base}/page?kind=${encodeURIComponent(kind)}&n=${n}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 120000 });
  const ms = await tab.evaluate('window.__rendered');
  const { JSHeapUsedSize } = await tab.metrics();
  await tab.close();
  return { ms, heap: JSHeapUsedSize };
}

async function traced(kind, n) {
  const tab = await browser.newPage();
  await tab.tracing.start({ categories: [...TRACE_CATEGORIES, 'devtools.timeline', 'netlog'] });
  await tab.goto(`${base}/page?kind=${encodeURIComponent(kind)}&n=${n}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 120000 });
  const ms = await tab.evaluate('window.__rendered');
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  await tab.close();
  return { ms, summary: summarizeTrace(trace, base), files: waterfall(trace, base) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
// Interleaved, so that the machine's slow moments fall on every kind alike.
for (const n of [1, 100]) {
  const runs = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i += 1) for (const kind of Object.keys(kinds)) runs[kind].push(await measure(kind, n));
  for (const kind of Object.keys(kinds)) {
    results[`${kind} ×${n}`] = { kind, charts: n, runs: RUNS, medianMs: median(runs[kind].map((r) => r.ms)), medianHeapBytes: median(runs[kind].map((r) => r.heap)) };
  }
}
const traces = {};
let hot = [];
if (tracing) {
  for (const n of [1, 100]) for (const kind of Object.keys(kinds)) traces[`${kind} ×${n}`] = await traced(kind, n);
  hot = await hotspots(browser, `${base}/page?kind=union-bar-chart&n=${Number(process.env.BENCH_HOT ?? 100)}`, 'window.__rendered !== undefined');
}
await browser.close();
close();

console.log(`bar charts (${REPORT} ${CATEGORY}, ${bars.length} bars), ${RUNS} runs each, headless Chromium`);
console.log('case'.padEnd(24), 'median time to rendered'.padStart(24), 'median JS heap after'.padStart(22));
for (const [name, r] of Object.entries(results)) {
  console.log(name.padEnd(24), `${r.medianMs.toFixed(1)} ms`.padStart(24), `${(r.medianHeapBytes / 1048576).toFixed(2)} MB`.padStart(22));
}
const ratios = {};
for (const n of [1, 100]) {
  const ours = results[`union-bar-chart ×${n}`].medianMs;
  ratios[`×${n}`] = { 'to static SVG': ours / results[`static SVG ×${n}`].medianMs, 'to d3 by hand': ours / results[`d3 by hand ×${n}`].medianMs };
  console.log(`union-bar-chart ×${n}: ${ratios[`×${n}`]['to static SVG'].toFixed(2)}× the static SVG, ${ratios[`×${n}`]['to d3 by hand'].toFixed(2)}× the d3 chart (target ≤ 1.2×)`);
}
if (tracing) {
  console.log('\nmain thread, one traced load each: self time in ms; layout passes (forced by script); animations started');
  for (const [name, t] of Object.entries(traces)) {
    const ms = Object.entries(t.summary.ms).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`${name}:`.padEnd(24), `${t.ms.toFixed(0)} ms to rendered; ${ms}; layouts ${t.summary.layouts} (${t.summary.forcedLayouts} forced); animations ${t.summary.animations}`);
  }
  console.log('\nfiles, asked for → arrived (ms after navigation)');
  for (const n of [1]) for (const kind of ['union-bar-chart', 'd3 by hand']) console.log(`${kind} ×${n}:`.padEnd(24), traces[`${kind} ×${n}`].files.join(', '));
  console.log('\nunion-bar-chart ×100, self time by function (ms, CPU profile of one load)');
  for (const [name, ms] of hot) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bar-chart.json', `${JSON.stringify({ date: new Date().toISOString(), report: REPORT, category: CATEGORY, results, ratios }, null, 2)}\n`);
console.log('wrote bench-results/bar-chart.json');
