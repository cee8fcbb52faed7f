// node scripts/measure-src-blocking.js: how long a user dataset at `src` blocks the main
// thread. Serves the source (as the tests do) and two 20 MB datasets (MB=9.5 for another size) made from
// data/dataset.json: one valid, one with tens of thousands of errors. For each, headless
// Chromium loads a page with one <union-kpi src>, and a long-task observer records the
// longest main-thread task between the tag's insertion and the widget settling, and the
// length of the console warning.
import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';

const TARGET_BYTES = Number(process.env.MB ?? 20) * 1024 * 1024;
const base = JSON.parse(readFileSync('data/dataset.json', 'utf8'));

/** The dataset's facts copied under new ids until the file is about 20 MB; `spoil` breaks some. */
function bigDataset(spoil) {
  const facts = [];
  let bytes = Buffer.byteLength(JSON.stringify(base));
  for (let copy = 0; bytes < TARGET_BYTES; copy += 1) {
    for (const fact of base.facts) {
      const f = structuredClone(fact);
      f.id = `${fact.id}.copy-${copy}`;
      delete f.headline;
      if (spoil) spoil(f, facts.length);
      facts.push(f);
      bytes += Buffer.byteLength(JSON.stringify(f)) + 1;
    }
  }
  return JSON.stringify({ ...base, facts: [...base.facts, ...facts] });
}

const valid = bigDataset();
const invalid = bigDataset((f, i) => {
  f.quantity.unit = 'furlong';
  if (i % 2 === 0) f.metric = 'no-such-metric';
});
const fact = base.facts[0].id;

const page = (src) => `<!doctype html><meta charset="utf-8"><body>
<script type="module">
  window.__longest = 0;
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.__tasks.push(Math.round(e.duration) + '@' + Math.round(e.startTime)); window.__longest = Math.max(window.__longest, e.duration); }
  }).observe({ type: 'longtask' });
  const original = console.warn;
  window.__warning = 0;
  console.warn = (...args) => { window.__warning = Math.max(window.__warning, args.map(String).join(' ').length); };
  window.__parse = 0;
  const parse = JSON.parse;
  JSON.parse = (...args) => { const t = performance.now(); try { return parse(...args); } finally { window.__parse = Math.max(window.__parse, performance.now() - t); } };
  await import('/src/define/union-kpi.ts');
  await new Promise((r) => setTimeout(r, 300));
  window.__longest = 0; window.__tasks = [];
  const t0 = performance.now();
  const el = document.createElement('union-kpi');
  el.setAttribute('src', '${src}');
  el.setAttribute('fact', '${fact}');
  el.setAttribute('timeout', '60000');
  el.setAttribute('lang', 'en');
  document.body.append(el);
  const settled = () => el.shadowRoot && el.shadowRoot.children.length > 0 && !el.shadowRoot.querySelector('[aria-busy="true"],.skeleton,[part="skeleton"]') ;
  while (!settled()) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 200));
  window.__done = { t0: Math.round(t0), parse: Math.round(window.__parse), ms: performance.now() - t0, error: !!el.shadowRoot.querySelector('[part="error"]'), errorHeight: el.shadowRoot.querySelector('[part="error"]')?.getBoundingClientRect().height ?? 0, errors: (el.shadowRoot.textContent.match(/\\((\\d+) errors\\)/) ?? [])[1] ?? (el.shadowRoot.textContent.includes('larger than the limit') ? 'over the size limit' : 0) };
</script>`;

const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['browser', 'production'] },
    plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/measure/valid.json' || ctx.path === '/measure/invalid.json') {
          ctx.type = 'application/json';
          ctx.body = ctx.path.includes('invalid') ? invalid : valid;
          return;
        }
        if (ctx.path.startsWith('/measure/page-')) {
          ctx.type = 'text/html';
          ctx.body = page(ctx.path.includes('invalid') ? '/measure/invalid.json' : '/measure/valid.json');
          return;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const runs = Number(process.env.RUNS ?? 3);
try {
  for (const kind of ['invalid', 'valid']) {
    const body = kind === 'invalid' ? invalid : valid;
    for (let run = 0; run < runs; run += 1) {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${port}/measure/page-${kind}.html`);
      await tab.waitForFunction(() => window.__done, { timeout: 120000, polling: 100 });
      const r = await tab.evaluate(() => ({ ...window.__done, longest: window.__longest, tasks: window.__tasks, warning: window.__warning }));
      if (process.env.DEBUG) console.log(r);
      console.log(
        `${kind} ${(Buffer.byteLength(body) / 1048576).toFixed(1)} MiB run ${run + 1}: longest main-thread task ${Math.round(r.longest)} ms, ` +
          `${r.tasks.length} tasks over 50 ms, JSON.parse ${r.parse} ms, settled in ${Math.round(r.ms)} ms, ` +
          `error state ${r.error} (${r.errors} errors, box ${Math.round(r.errorHeight)} px), console warning ${r.warning} chars`,
      );
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
