// npm run bench: renders <union-kpi> in headless Chromium from the built CDN bundle, and in
// the same run draws the floor: the same card's markup and CSS as plain HTML. It prints
// medians (time from the page's first script to every card laid out, JS heap after) for
// one card and for 1,000, and union-kpi's ratio to the floor, which is the figure that
// counts: absolute times drift on shared machines, a yardstick drawn in the same run does
// not. Beside them, for the record, the script floor: the same card written by a module
// that loads the same part of the dataset (what any script-drawn card pays, before any of
// the widget's own work). Writes bench/results.json. A benchmark, not a test: it never
// fails on a figure.
//
//   BENCH_RUNS=3 npm run bench          fewer runs while iterating (default 9)
//   npm run bench -- --trace            also traces one load of each case and prints where
//                                       the main thread spent its time (see trace-summary.js)
//   npm run bench -- --no-build         use dist/ as it is
//   BENCH_SCRIPT=/dist/union-viz.standalone.js npm run bench   time another bundle
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, serveBench } from './harness.js';
import { captureCard, floorPage, kpiPage, scriptFloorModule } from './pages.js';
import { summarizeTrace, TRACE_CATEGORIES } from './trace-summary.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const FACT = process.env.BENCH_FACT ?? 'yiwu-2020.rest-recuperation.participants';
const SCRIPT = process.env.BENCH_SCRIPT ?? '/dist/union-viz.js';
const GOALS = { 1: 3, 1000: 1.5 };
const tracing = process.argv.includes('--trace');

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

let card;
const { base, close } = await serveBench((url) => {
  const count = Number(url.searchParams.get('n'));
  if (url.pathname === '/kpi') return { type: 'text/html', body: kpiPage({ count, fact: FACT, script: SCRIPT }) };
  if (url.pathname === '/floor') return { type: 'text/html', body: floorPage({ count, card }) };
  if (url.pathname === '/script-floor') return { type: 'text/html', body: kpiPage({ count, fact: FACT, script: '/script-floor.js' }) };
  if (url.pathname === '/script-floor.js') return { type: 'text/javascript', body: scriptFloorModule({ card, part: factPart }) };
  return undefined;
});

const browser = await launchChromium();

async function load(path, { trace = false } = {}) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  if (trace) await tab.tracing.start({ categories: TRACE_CATEGORIES });
  await tab.goto(`${base}${path}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 60000, polling: 50 });
  const ms = await tab.evaluate('window.__rendered');
  const traced = trace ? summarizeTrace(JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')), base) : undefined;
  const { JSHeapUsedSize } = await tab.metrics();
  const captured = path.startsWith('/kpi') && !trace ? await tab.evaluate(captureCard) : undefined;
  await tab.close();
  return { ms, heap: JSHeapUsedSize, captured, traced };
}

// The part of the dataset the card loads, from the CDN build's manifest: the script floor loads it too.
const cdnManifest = JSON.parse(readFileSync('dist/manifest-cdn.json', 'utf8'));
const [report, group] = FACT.split('.');
const factPart = `/dist/${Object.entries(cdnManifest).find(([src]) => src.endsWith(`generated/${report}/facts-${group}.json`))[1].file}`;

// The floor's card is the widget's own, rendered by this build.
card = (await load('/kpi?n=1')).captured;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const count of [1, 1000]) {
  const kpi = [];
  const floor = [];
  const scripted = [];
  // Interleaved, so that a slow spell of the machine falls on all three.
  for (let i = 0; i < RUNS; i += 1) {
    kpi.push(await load(`/kpi?n=${count}`));
    floor.push(await load(`/floor?n=${count}`));
    scripted.push(await load(`/script-floor?n=${count}`));
  }
  const kpiMs = median(kpi.map((r) => r.ms));
  const floorMs = median(floor.map((r) => r.ms));
  results[count] = {
    cards: count,
    runs: RUNS,
    kpiMs,
    floorMs,
    ratio: kpiMs / floorMs,
    goal: GOALS[count],
    scriptFloorMs: median(scripted.map((r) => r.ms)),
    kpiHeapBytes: median(kpi.map((r) => r.heap)),
    floorHeapBytes: median(floor.map((r) => r.heap)),
  };
  if (tracing) {
    results[count].trace = {
      kpi: (await load(`/kpi?n=${count}`, { trace: true })).traced,
      floor: (await load(`/floor?n=${count}`, { trace: true })).traced,
    };
  }
}
await browser.close();
close();

const label = (n) => (n === 1 ? 'one KPI' : `${n.toLocaleString('en')} KPIs`);
const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
console.log(`union-kpi (${SCRIPT}) against the static-HTML floor, ${RUNS} runs each, headless Chromium, fact ${FACT}`);
console.log('case'.padEnd(12), 'union-kpi'.padStart(11), 'floor'.padStart(10), 'ratio'.padStart(7), 'goal'.padStart(6), '', 'JS heap (kpi / floor)');
for (const r of Object.values(results)) {
  const verdict = r.ratio <= r.goal ? 'within goal' : 'OVER GOAL';
  console.log(
    label(r.cards).padEnd(12),
    `${r.kpiMs.toFixed(1)} ms`.padStart(11),
    `${r.floorMs.toFixed(1)} ms`.padStart(10),
    `${r.ratio.toFixed(2)}x`.padStart(7),
    `${r.goal}x`.padStart(6),
    '',
    `${mb(r.kpiHeapBytes)} / ${mb(r.floorHeapBytes)}`,
    verdict,
  );
}
for (const r of Object.values(results)) {
  console.log(`${label(r.cards)}: the script floor (the same card written by a module that loads the same data part) takes ${r.scriptFloorMs.toFixed(1)} ms, ${(r.scriptFloorMs / r.floorMs).toFixed(2)}x the floor; union-kpi is ${(r.kpiMs / r.scriptFloorMs).toFixed(2)}x the script floor`);
}
if (tracing) {
  console.log('\nmain thread, one traced load each: self time in ms; layout passes (forced by script); animations started');
  for (const r of Object.values(results)) {
    for (const [who, t] of Object.entries(r.trace)) {
      const ms = Object.entries(t.ms).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
      console.log(`${label(r.cards)}, ${who}:`.padEnd(20), `${ms}; layouts ${t.layouts} (${t.forcedLayouts} forced); animations ${t.animations}`);
    }
  }
}
writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), fact: FACT, script: SCRIPT, results }, null, 2)}\n`);
console.log('wrote bench/results.json');
