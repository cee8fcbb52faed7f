// npm run bench: renders <union-kpi> in headless Chromium from the built CDN bundle and
// prints medians: time from script start to one KPI rendered, time to render 1,000 KPI
// cards on one page, and the JS heap after them. Writes bench/results.json beside the
// table. A benchmark, not a test: it reports and never fails on a figure.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const FACT = process.env.BENCH_FACT ?? 'yiwu-2020.rest-recuperation.participants';
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

function page(count) {
  const cards = Array.from({ length: count }, () => `<union-kpi fact="${FACT}"></union-kpi>`).join('');
  return `<!doctype html><meta charset="utf-8"><body>
<script>window.__start = performance.now();</script>
<script type="module" src="/dist/union-viz.js"></script>
${cards}
<script type="module">
  const kpis = [...document.querySelectorAll('union-kpi')];
  const done = () => kpis.every((k) => k.shadowRoot && k.shadowRoot.querySelector('[part="value"], [part="error"]'));
  (function poll() { if (done()) window.__rendered = performance.now() - window.__start; else requestAnimationFrame(poll); })();
</script>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/page') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(Number(url.searchParams.get('n'))));
    return;
  }
  const file = normalize(join(process.cwd(), url.pathname));
  let body;
  try {
    body = readFileSync(file);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function measure(count) {
  const tab = await browser.newPage();
  await tab.goto(`${base}/page?n=${count}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 60000 });
  const ms = await tab.evaluate('window.__rendered');
  const { JSHeapUsedSize } = await tab.metrics();
  await tab.close();
  return { ms, heap: JSHeapUsedSize };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, count] of [['one KPI', 1], ['1,000 KPIs', 1000]]) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(count));
  results[name] = { cards: count, runs: RUNS, medianMs: median(runs.map((r) => r.ms)), medianHeapBytes: median(runs.map((r) => r.heap)) };
}
await browser.close();
server.close();

console.log(`union-kpi, ${RUNS} runs each, headless Chromium, fact ${FACT}`);
console.log('case'.padEnd(14), 'median time to rendered'.padStart(24), 'median JS heap after'.padStart(22));
for (const [name, r] of Object.entries(results)) {
  console.log(name.padEnd(14), `${r.medianMs.toFixed(1)} ms`.padStart(24), `${(r.medianHeapBytes / 1048576).toFixed(2)} MB`.padStart(22));
}
writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), fact: FACT, results }, null, 2)}\n`);
console.log('wrote bench/results.json');
