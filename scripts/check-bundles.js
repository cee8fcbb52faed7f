// npm test runs this after the build: the built bundles in Chromium and Firefox, each
// served from a folder of its own, as a CMS or a self-hoster would serve them.
// - dist/union-viz.standalone.js alone: every tag renders, and the page requests nothing
//   but the page and that file.
// - dist/union-viz.js with its chunks/: one KPI fetches one part of the dataset, not all;
//   a chart's drawing code and part are asked for from its attributes, before it upgrades.
// - dist/union-viz.js alone (chunks/ not uploaded): each widget shows the localised error
//   state naming the chunk it could not load, never only its fallback text, and warns once.
// - the minified code keeps the checks the source has: a property set to what cannot become
//   text shows the error state.
// Exits 1 when a check fails. `--no-build` uses dist/ as it is.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

if (!process.argv.includes('--no-build')) {
  for (const mode of ['cdn', 'standalone']) execFileSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
}

const FACT = 'yiwu-2020.rest-recuperation.participants';
const page = (script) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<script type="module" src="${script}"></script>
<union-kpi id="zh" fact="${FACT}">疗休养 32677 名</union-kpi>
<union-kpi id="en" fact="${FACT}" lang="en">32,677 people</union-kpi>
<union-kpi-grid id="grid" report="jiande-2020">建德市总工会</union-kpi-grid>
<p>义乌<union-figure id="figure" fact="${FACT}">32677名</union-figure>。</p>`;

// A chart the bundle never upgrades (the page defined the tag first, as another copy of
// the library would): what the bundle fetches for it is what it fetched before any element
// upgraded, from the attributes alone.
const earlyPage = (script) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<script>customElements.define('union-bar-chart', class extends HTMLElement {});</script>
<script type="module" src="${script}"></script>
<union-bar-chart report="jinhua-five-year" category="honours">金华市荣誉</union-bar-chart>`;

/** Serves `files` (name → path on disk) and the page; records every path requested. */
async function serve(files, script, html = page) {
  const requested = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    requested.push(path);
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(html(script));
    const file = files(path);
    let body;
    try {
      body = file && readFileSync(file);
    } catch {
      body = undefined;
    }
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, requested, close: () => server.close() };
}

/** What each widget shows once it has settled: its shadow text and whether it shows an error. */
async function render(browser, url) {
  try {
    return await settle(browser, url);
  } catch (error) {
    const none = { text: `never settled: ${error.message}`, error: false, cards: 0 };
    return { shown: { zh: none, en: none, grid: none, figure: none }, warnings: [] };
  }
}

async function settle(browser, url) {
  const tab = await browser.newPage();
  const warnings = [];
  tab.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  await tab.goto(url);
  await tab.waitForFunction(
    () => ['zh', 'en', 'grid', 'figure'].every((id) => {
      const root = document.getElementById(id)?.shadowRoot;
      return root && root.children.length > 0 && !root.querySelector('[aria-busy="true"]');
    }),
    { timeout: 20000, polling: 100 },
  );
  const shown = await tab.evaluate(() =>
    Object.fromEntries(
      ['zh', 'en', 'grid', 'figure'].map((id) => {
        const root = document.getElementById(id).shadowRoot;
        return [id, { text: root.textContent.replace(/\s+/g, ' ').trim(), error: !!root.querySelector('[part="error"]'), cards: root.querySelectorAll('union-kpi').length }];
      }),
    ),
  );
  await tab.close();
  return { shown, warnings };
}

/**
 * The KPI's text once its `label` property is set to what cannot become text
 * (Object.create(null)): the built code must show the error state, as the source does.
 */
async function badProperty(browser, url) {
  const tab = await browser.newPage();
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => document.getElementById('zh')?.shadowRoot?.querySelector('[part="value"]'), { timeout: 20000, polling: 100 });
    await tab.evaluate(() => {
      document.getElementById('zh').label = Object.create(null);
    });
    await tab.waitForFunction(() => document.getElementById('zh').shadowRoot.querySelector('[part="error"]:not([aria-busy="true"])'), { timeout: 10000, polling: 100 });
    return await tab.evaluate(() => document.getElementById('zh').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
  } catch (error) {
    return `no error state: ${error.message}`;
  } finally {
    await tab.close();
  }
}

const checks = [];
function check(name, ok, detail) {
  checks.push(ok);
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}${ok ? '' : `\n  ${detail}`}`);
}

const alone = mkdtempSync(join(tmpdir(), 'union-viz-alone-'));
cpSync('dist/union-viz.js', join(alone, 'union-viz.js'));
cpSync('dist/union-viz.standalone.js', join(alone, 'union-viz.standalone.js'));
const only = (name) => (path) => (path === `/${name}` ? join(alone, name) : undefined);
const withChunks = (path) => (path === '/union-viz.js' || path.startsWith('/chunks/') ? normalize(join('dist', path)) : undefined);

// The page shows one fact of yiwu-2020 (three widgets) and the grid of jiande-2020: its
// facts and its honour rolls.
const cdnManifest = JSON.parse(readFileSync('dist/manifest-cdn.json', 'utf8'));
const expectedParts = Object.entries(cdnManifest)
  .filter(([src]) => /generated\/(jiande-2020\/[^/]+|yiwu-2020\/facts-rest-recuperation)\.json$/.test(src))
  .map(([, chunk]) => `/${chunk.file}`)
  .sort();

const browsers = [
  ['Chromium', { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }],
  ['Firefox', { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' }],
].filter(([name]) => !process.env.BROWSERS || process.env.BROWSERS.split(',').includes(name.toLowerCase()));

for (const [name, options] of browsers) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  try {
    {
      const server = await serve(only('union-viz.standalone.js'), '/union-viz.standalone.js');
      const { shown } = await render(browser, server.url);
      const others = server.requested.filter((p) => p !== '/' && p !== '/union-viz.standalone.js' && p !== '/favicon.ico');
      check(`${name}: union-viz.standalone.js alone renders every tag`, shown.zh.text.includes('3.27万') && shown.en.text.includes('32,677') && shown.grid.cards > 0 && shown.figure.text.includes('3.27万') && !Object.values(shown).some((w) => w.error), JSON.stringify(shown));
      check(`${name}: union-viz.standalone.js requests nothing else`, others.length === 0, `requested ${others.join(', ')}`);
      const bad = await badProperty(browser, server.url);
      server.close();
      check(`${name}: union-viz.standalone.js shows the error state for a label that cannot become text`, bad.includes('label'), bad);
    }
    {
      const server = await serve(withChunks, '/union-viz.js');
      const { shown } = await render(browser, server.url);
      server.close();
      check(`${name}: union-viz.js with chunks/ renders every tag`, shown.zh.text.includes('3.27万') && shown.grid.cards > 0 && !Object.values(shown).some((w) => w.error), JSON.stringify(shown));
      const fetched = [...new Set(server.requested.filter((p) => p.startsWith('/chunks/')))].sort();
      check(`${name}: union-viz.js fetches only the dataset parts its widgets show`, JSON.stringify(fetched) === JSON.stringify(expectedParts), `fetched ${fetched.join(', ')}\n  expected ${expectedParts.join(', ')}`);
    }
    {
      const server = await serve(withChunks, '/union-viz.js', earlyPage);
      const tab = await browser.newPage();
      await tab.goto(server.url);
      const wanted = Object.entries(cdnManifest).filter(([src]) => /bar-chart-view\.ts$|jinhua-five-year\/facts-honours\.json$/.test(src)).map(([, chunk]) => `/${chunk.file}`);
      const asked = () => wanted.every((file) => server.requested.includes(file));
      for (let waited = 0; !asked() && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      await tab.close();
      server.close();
      check(`${name}: union-viz.js asks for a chart's drawing code and its part before the chart upgrades`, wanted.length === 2 && asked(), `wanted ${wanted.join(', ')}\n  requested ${server.requested.join(', ')}`);
    }
    {
      const server = await serve(only('union-viz.js'), '/union-viz.js');
      const { shown, warnings } = await render(browser, server.url);
      server.close();
      const chunk = /chunks\/[\w./-]+\.js/;
      check(`${name}: without chunks/, the zh widget says which chunk it could not load`, shown.zh.error && shown.zh.text.includes('无法加载数据') && chunk.test(shown.zh.text) && !shown.zh.text.includes('疗休养 32677'), JSON.stringify(shown.zh));
      check(`${name}: without chunks/, the en widget says so in English`, shown.en.error && shown.en.text.includes('Could not load its data from') && chunk.test(shown.en.text), JSON.stringify(shown.en));
      check(`${name}: without chunks/, the grid and the figure show the error state`, shown.grid.error && shown.figure.error, JSON.stringify([shown.grid, shown.figure]));
      const ours = warnings.filter((w) => /^<union-/.test(w));
      check(`${name}: without chunks/, one console warning per widget, naming the chunk`, ours.length === 4 && ours.every((w) => chunk.test(w) && w.includes('union-viz.standalone.js')), ours.join('\n  '));
    }
  } finally {
    await browser.close();
  }
}
rmSync(alone, { recursive: true, force: true });
const failed = checks.filter((ok) => !ok).length;
console.log(`bundles: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
