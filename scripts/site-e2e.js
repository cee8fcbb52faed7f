// End-to-end check of the built demo site (dist-site/, from `npm run build:site`) in
// Chromium, served as static files on 127.0.0.1. It crawls every internal link from the home
// page and, on every page found (in zh with the system theme, and in en with the dark one),
// checks: no console error, no failed request, axe finds nothing, and the page is not empty.
// It also checks that the language and theme switches survive a reload and are carried by
// the nav; that each report reader highlights every fact of its report once and nothing
// else; and that the embed builder's snippet, pasted into a blank page that loads the built
// CDN bundle, renders the same widget as its preview. It weighs what each page loads before
// it is usable and checks it against the page's budget (scripts/site/weigh.js), printing the
// table. `--no-build` uses the existing builds; `--shots DIR` (`npm run screenshots`: into
// screenshots/) also saves every page at 375 and 1280 px, zh and en, light and dark, the map
// zoomed with a choropleth, and the honours page's print as PDF.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from './serve-directory.js';
import { weighPage, weightTable, withinBudget } from './site/weigh.js';

const args = process.argv.slice(2);
const shotsDir = args.includes('--shots') ? args[args.indexOf('--shots') + 1] : undefined;
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build:site', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}
if (!existsSync('dist/union-viz.js')) {
  if (spawnSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'error'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const site = await serveDirectory('dist-site');
// The stand-in for the CDN: the built bundle and its chunks, beside the blank pages the snippets are pasted into.
const blankDir = mkdtempSync(join(tmpdir(), 'union-viz-blank-'));
symlinkSync(resolve('dist/union-viz.js'), join(blankDir, 'union-viz.js'));
symlinkSync(resolve('dist/chunks'), join(blankDir, 'chunks'));
const cdn = await serveDirectory(blankDir);
const browser = await puppeteer.launch({
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`FAILED: ${name}${detail ? `\n  ${detail}` : ''}`);
  }
}

/** A page's address without its language and theme: the crawl visits each once per variant. */
function pageKey(href) {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.delete('lang');
  url.searchParams.delete('theme');
  url.searchParams.sort();
  return url.pathname + url.search;
}

const settle = (page) => page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 }).catch(() => {});

/** Loads a page and reports what went wrong on it and what it links to. */
async function visit(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => !r.url().startsWith('blob:') && problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(site.url + path.replace(/^\//, ''), { waitUntil: 'load' });
  await settle(page);
  await page.evaluate(axeSource);
  const axe = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
  });
  const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  const text = await page.$eval('main', (m) => m.innerText.trim().length).catch(() => 0);
  return { page, problems, axe, links, text };
}

// Crawl: every internal link from the home page, each page in zh (system theme) and en (dark).
const queue = ['/index.html'];
const seen = new Set(queue);
const assets = new Set();
while (queue.length > 0) {
  const key = queue.shift();
  for (const variant of ['', 'lang=en&theme=dark']) {
    const path = variant ? `${key}${key.includes('?') ? '&' : '?'}${variant}` : key;
    const { page, problems, axe, links, text } = await visit(path);
    check(`${path}: no console error or failed request`, problems.length === 0, problems.join('\n  '));
    check(`${path}: axe finds nothing`, axe.length === 0, axe.join('\n  '));
    check(`${path}: the page shows content`, text > 20, `main holds ${text} characters`);
    for (const href of links) {
      if (!href.startsWith(site.url)) continue;
      const next = pageKey(href);
      if (!/\.html(\?|$)/.test(next)) {
        assets.add(next);
        continue;
      }
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
    await page.close();
  }
}
const pages = [...seen];
check('the crawl found every page of the site', ['index', 'report', 'charts', 'honours', 'embed', 'explorer', 'docs', 'validator'].every((p) => pages.some((k) => k.startsWith(`/${p}.html`))), pages.join(' '));
for (const r of dataset.reports) check(`the crawl reached the reader of ${r.id}`, seen.has(`/report.html?report=${r.id}`));

// Every internal link resolves: its file is there, and its report or tag is one the site knows.
for (const key of [...pages, ...assets]) {
  const response = await fetch(site.url + key.replace(/^\//, ''));
  check(`link ${key} resolves`, response.ok, `HTTP ${response.status}`);
  const url = new URL(key, site.url);
  const report = url.searchParams.get('report');
  if (report) check(`link ${key} names a report`, dataset.reports.some((r) => r.id === report));
}

// The switches: the language and theme links set the page, survive a reload, ride the nav.
{
  const page = await browser.newPage();
  await page.goto(`${site.url}charts.html`, { waitUntil: 'load' });
  const state = () => page.evaluate(() => ({ lang: document.documentElement.lang, theme: document.documentElement.dataset.theme ?? 'auto' }));
  await Promise.all([page.waitForNavigation(), page.click('.switch a[lang="en"]')]);
  await Promise.all([page.waitForNavigation(), page.$$eval('.switch a', (as) => as.find((a) => a.href.includes('theme=dark')).click())]);
  const before = await state();
  await page.reload({ waitUntil: 'load' });
  const after = await state();
  check('the switches set English and dark', before.lang === 'en' && before.theme === 'dark', JSON.stringify(before));
  check('the language and theme survive a reload', after.lang === 'en' && after.theme === 'dark', JSON.stringify(after));
  await Promise.all([page.waitForNavigation(), page.click('nav a[href*="explorer.html"]')]);
  const moved = await state();
  check('the nav carries the language and theme to the next page', moved.lang === 'en' && moved.theme === 'dark' && page.url().includes('explorer.html'), JSON.stringify(moved));
  await page.close();
}

// Home: choosing a region on the map, by mouse and by keyboard, shows its reports.
{
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${site.url}index.html`, { waitUntil: 'load' });
  const county = (code) => page.waitForFunction((c) => document.querySelector('union-county-map')?.shadowRoot?.querySelector(`path[data-code="${c}"]`), { timeout: 15000 }, code);
  // The grids' code loads on the first choice: wait for them (or for the time to run out).
  const shown = (before = '') =>
    page
      .waitForFunction((b) => {
        const now = [...document.querySelectorAll('.region-reports union-kpi-grid')].map((g) => g.getAttribute('report')).join(' ');
        return now !== b && now;
      }, { timeout: 10000 }, before)
      .then((h) => h.jsonValue())
      .catch(() => '');
  // A click event on the county's shape (its box's centre may fall on a neighbour).
  await (await county('330182')).evaluate((p) => p.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
  const byMouse = await shown();
  check('home: a click on the map shows the region’s reports', byMouse === 'jiande-2020', byMouse);
  const yiwu = await county('330782');
  await yiwu.evaluate((p) => p.focus());
  await page.keyboard.press('Enter');
  const byKeyboard = await shown(byMouse);
  check('home: Enter on a focused region of the map shows its reports', byKeyboard === 'yiwu-2020 yiwu-2018-plenary' || byKeyboard === 'yiwu-2018-plenary yiwu-2020', byKeyboard);
  // The switches keep the choice: English opens with the same region chosen.
  await Promise.all([page.waitForNavigation(), page.click('.switch a[lang="en"]')]);
  const kept = await shown();
  check('home: the language switch keeps the chosen region', page.url().includes('region=330782') && kept === byKeyboard, `${page.url()} shows ${kept}`);
  // The metric selector draws the choropleth, and the address keeps it.
  await page.select('#map-metric', 'honours.craftsmen.prefecture').catch(() => []);
  const classed = await page
    .waitForFunction(() => document.querySelector('union-county-map')?.shadowRoot?.querySelectorAll('path.county[class*="class-"]').length ?? 0, { timeout: 15000 })
    .then((h) => h.jsonValue())
    .catch(() => 0);
  check('home: the metric selector colours the map by the metric', classed >= 2 && page.url().includes('metric=honours.craftsmen.prefecture'), `${classed} counties classed; ${page.url()}`);
  await page.reload({ waitUntil: 'load' });
  const reopened = await page.$eval('#map-metric', (s) => s.value).catch(() => '');
  const attr = await page.$eval('union-county-map', (m) => m.getAttribute('metric')).catch(() => '');
  check('home: a reload keeps the chosen metric', reopened === 'honours.craftsmen.prefecture' && attr === reopened, `${reopened} / ${attr}`);
  await page.close();
}

// The reader: every fact of the report is highlighted once, on its figure, and nothing else is.
for (const report of dataset.reports) {
  const page = await browser.newPage();
  await page.goto(`${site.url}report.html?report=${report.id}`, { waitUntil: 'load' });
  await page.waitForSelector('.report-text');
  const marks = await page.$$eval('.report-text mark, .report-text .fact, .report-text [data-fact]', (els) => els.map((e) => ({ id: e.dataset.fact, text: e.textContent })));
  const facts = dataset.facts.filter((f) => f.report === report.id);
  const ids = marks.map((m) => m.id);
  const missing = facts.filter((f) => ids.filter((id) => id === f.id).length !== 1).map((f) => f.id);
  const wrongText = marks.filter((m) => {
    const f = facts.find((x) => x.id === m.id);
    return !f || f.source.quote.slice(f.source.figureStart, f.source.figureStart + f.quantity.text.length) !== m.text;
  });
  check(`${report.id}: every fact highlighted once`, missing.length === 0, `not once: ${missing.join(', ')}`);
  check(`${report.id}: nothing else highlighted, each highlight on its figure`, marks.length === facts.length && wrongText.length === 0, `${marks.length} highlights for ${facts.length} facts; wrong: ${JSON.stringify(wrongText.slice(0, 3))}`);
  // A highlight opens its fact.
  const first = facts[0];
  if (!first) {
    await page.close();
    continue;
  }
  await page.click(`[data-fact="${first.id}"]`);
  const opened = await page.$eval('#fact-detail', (d) => d.innerText);
  check(`${report.id}: a highlight opens its fact with embed code`, opened.includes(first.metric) && opened.includes('union-kpi'), opened.slice(0, 200));
  await page.click('#fact-detail .close-fact').catch(() => {});
  const closed = await page.$eval('#fact-detail', (d) => d.innerText);
  check(`${report.id}: closing the fact gives the text back`, !closed.includes(first.metric) && !page.url().includes('#'), `${page.url()}: ${closed.slice(0, 80)}`);
  await page.close();
}

// The embed round trip: the snippet, in a blank page with the built CDN bundle, renders the same widget.
const shadowText = (page, selector) =>
  page.waitForFunction((s) => {
    const w = document.querySelector(s);
    const text = w?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
    return text && !w.shadowRoot.querySelector('[part~="skeleton"], .skeleton') && text.length > 5 ? text : false;
  }, { timeout: 15000 }, selector).then((h) => h.jsonValue()).catch(() => '');
const builds = [
  ['union-kpi', 'kind=fact&fact=yiwu-2020.rest-recuperation.participants&wlang=en&notation=full&size=l'],
  ['union-kpi-grid', 'kind=report&report=jiande-2020&wlang=zh-CN'],
  ['union-figure', 'kind=fact&fact=yiwu-2020.rest-recuperation.spending&wlang=en&wtheme=dark'],
];
for (const [tag, query] of builds) {
  const page = await browser.newPage();
  await page.goto(`${site.url}embed.html?widget=${tag}&${query}`, { waitUntil: 'load' });
  const previewed = await shadowText(page, `#preview ${tag}`);
  const code = await page.$eval('#snippet', (p) => p.textContent);
  await page.close();
  const blank = await browser.newPage();
  const local = code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/union-viz@[^/]+\/dist\/union-viz\.js/, `${cdn.url}union-viz.js`);
  writeFileSync(join(blankDir, `${tag}.html`), `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${local}</body></html>`);
  await blank.goto(`${cdn.url}${tag}.html`, { waitUntil: 'load' });
  const pasted = await shadowText(blank, tag);
  check(`embed round trip: <${tag}> pasted renders as previewed`, code.includes('cdn.jsdelivr.net') && previewed !== '' && pasted === previewed, `preview: ${previewed.slice(0, 120)}\n  pasted: ${pasted.slice(0, 120)}`);
  await blank.close();
}

// The validator: errors listed with their paths; a valid dataset previewed through a blob: URL.
{
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.method()));
  await page.goto(`${site.url}validator.html?lang=en`, { waitUntil: 'load' });
  const broken = structuredClone(dataset);
  broken.facts[3].quantity.unit = 'furlongs';
  delete broken.reports[0].title;
  await page.$eval('#dataset-json', (t, json) => (t.value = json), JSON.stringify(broken));
  await page.click('#validate');
  await page.waitForSelector('#errors tbody tr', { timeout: 10000 }).catch(() => {});
  const paths = await page.$$eval('#errors tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
  check('validator lists every error with its path', paths.includes('/facts/3/quantity/unit') && paths.includes('/reports/0'), paths.join(' '));
  await page.$eval('#dataset-json', (t, json) => (t.value = json), JSON.stringify(dataset));
  await page.click('#validate');
  const preview = await page.waitForFunction(() => {
    const grid = document.querySelector('#result union-kpi-grid');
    return grid?.getAttribute('src')?.startsWith('blob:') && grid.shadowRoot?.querySelector('union-kpi') ? grid.getAttribute('src') : false;
  }, { timeout: 15000 }).then((h) => h.jsonValue()).catch(() => '');
  check('validator previews a valid dataset in the widgets through a blob: URL', preview.startsWith('blob:'), preview);
  check('validator sends nothing: only GET requests', requests.every((m) => m === 'GET'), requests.join(' '));
  // A file chosen with the page's own file button (the native one speaks the browser's language) is checked too.
  const button = await page.$eval('label[for="dataset-file"]', (l) => l.textContent).catch(() => '');
  await page.$eval('#result', (r) => r.replaceChildren());
  await (await page.$('#dataset-file')).uploadFile(resolve('data/dataset.json'));
  const chosen = await page.waitForFunction(() => document.querySelector('#result .valid') && document.querySelector('.file-name')?.textContent, { timeout: 15000 }).then((h) => h.jsonValue()).catch(() => '');
  check('validator: a chosen file is validated, with a file button and its name in the page’s language', button === 'Choose a file…' && chosen === 'dataset.json', `${button} / ${chosen}`);
  await page.close();
}

// The explorer: filters narrow the table, and the CSV download starts with a byte-order mark.
{
  const page = await browser.newPage();
  await page.goto(`${site.url}explorer.html`, { waitUntil: 'load' });
  const all = await page.$$eval('tbody tr', (rows) => rows.length);
  await page.select('select[data-filter="report"]', 'jiande-2020');
  const filtered = await page.$$eval('tbody tr', (rows) => rows.length);
  const csv = await page.$eval('a[download$=".csv"]', async (a) => new Uint8Array(await (await fetch(a.href)).arrayBuffer()).slice(0, 3).join(','));
  const json = await page.$eval('a[download$=".json"]', async (a) => (await (await fetch(a.href)).json()).length);
  const expected = dataset.facts.filter((f) => f.report === 'jiande-2020').length;
  check('explorer shows every fact', all === dataset.facts.length, `${all} rows for ${dataset.facts.length} facts`);
  check('explorer filters by report, and downloads the view', filtered === expected && json === expected, `${filtered} rows, ${json} in JSON, ${expected} expected`);
  check('explorer CSV is UTF-8 with a BOM', csv === '239,187,191', csv);
  await page.close();
}

// The explorer and the reader name units and approximations in words, never by the dataset's codes;
// the explorer's filters keep the codes as values, and its JSON keeps them as the data contract.
const latin = (texts) => texts.filter((text) => /[A-Za-z]/.test(text));
{
  const page = await browser.newPage();
  await page.goto(`${site.url}explorer.html`, { waitUntil: 'load' });
  const unitColumn = await page.$$eval('th', (ths) => ths.findIndex((th) => th.textContent === '单位') + 1);
  const units = await page.$$eval(`tbody td:nth-child(${unitColumn})`, (tds) => tds.map((td) => td.textContent));
  const options = await page.$$eval('select[data-filter="unit"] option, select[data-filter="approx"] option', (os) => os.map((o) => o.textContent));
  await page.select('select[data-filter="unit"]', 'person');
  const people = await page.$$eval(`tbody td:nth-child(${unitColumn})`, (tds) => [...new Set(tds.map((td) => td.textContent))]);
  const csvUnits = await page.$eval('a[download$=".csv"]', async (a) => [...new Set((await (await fetch(a.href)).text()).split('\r\n').slice(1, -1).map((line) => line.split(',')[7]))]);
  const jsonUnits = await page.$eval('a[download$=".json"]', async (a) => [...new Set((await (await fetch(a.href)).json()).map((f) => f.quantity.unit))]);
  check('explorer (zh) shows units in words, in the table and the filters', units.length === dataset.facts.length && latin(units).length === 0 && latin(options).length === 0, `${latin(units).slice(0, 5)} / ${latin(options)}`);
  check('explorer filters by a unit’s code and shows its word: person → 人', people.join() === '人', people.join());
  check('explorer CSV names the unit, its JSON keeps the code', csvUnits.join() === '人' && jsonUnits.join() === 'person', `${csvUnits} / ${jsonUnits}`);
  await page.goto(`${site.url}explorer.html?lang=en`, { waitUntil: 'load' });
  const enOptions = await page.$$eval('select[data-filter="unit"] option', (os) => os.map((o) => `${o.value}=${o.textContent}`));
  check('explorer (en) shows units in English words: person → people', enOptions.includes('person=people') && enOptions.includes('organisation=organisations'), enOptions.join(' '));
  await page.close();
}
for (const [lang, words] of [['zh-CN', (t) => latin(t).length === 0], ['en', (t) => t[0] === 'people' && /^none \((exact|over|nearly|about)\)$|^\S+ \((over|nearly|about)\)$/.test(t[1])]]) {
  const fact = dataset.facts.find((f) => f.quantity.unit === 'person');
  const page = await browser.newPage();
  await page.goto(`${site.url}report.html?report=${fact.report}&lang=${lang}`, { waitUntil: 'load' });
  await page.waitForSelector(`[data-fact="${fact.id}"]`);
  await page.click(`[data-fact="${fact.id}"]`);
  const named = await page.$$eval('#fact-detail dd', (dds) => dds.slice(2, 4).map((dd) => dd.textContent));
  check(`reader (${lang}) names the fact's unit and approximation in words`, named.length === 2 && words(named), named.join(' | '));
  await page.close();
}

// The weight of each page: what it loads before any click or scroll, within its budget.
const weights = [];
for (const key of pages) weights.push(await weighPage(browser, site.url, key));
for (const w of weights) check(`${w.path}: loads no more than its budget`, withinBudget(w), `${(w.total / 1024).toFixed(1)} KB gzip`);
console.log(`\n${weightTable(weights)}\n`);

/**
 * Saves the whole page as a reader sees it: Puppeteer's full-page capture draws the widgets'
 * SVGs shrunk, a viewport of the page's height draws them at their size.
 */
async function shootWhole(page, path) {
  const { width } = page.viewport();
  // At most 16,000 px: taller PNGs are past what imagemagick reads by default (the explorer's table).
  const height = Math.min(16000, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.setViewport({ width, height });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path });
}

if (shotsDir) {
  mkdirSync(shotsDir, { recursive: true });
  // Every page file, a reader, the docs of a card and of the map, and the home with a region chosen.
  const shotPages = [
    ...pages.filter((p) => !p.includes('?') || p.endsWith('report=yiwu-2020') || p.endsWith('tag=union-kpi') || p.endsWith('tag=union-county-map')),
    '/index.html?region=330782',
  ];
  for (const key of shotPages) {
    for (const lang of ['zh', 'en']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [375, 1280]) {
          const page = await browser.newPage();
          await page.setViewport({ width, height: 900 });
          const query = `${lang === 'en' ? 'lang=en&' : ''}theme=${theme}`;
          await page.goto(`${site.url}${key.replace(/^\//, '')}${key.includes('?') ? '&' : '?'}${query}`, { waitUntil: 'load' });
          await settle(page);
          // Down the page and back, so that what loads when scrolled to is in the picture.
          await page.evaluate(async () => {
            for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
              window.scrollTo(0, y);
              await new Promise((r) => setTimeout(r, 100));
            }
            window.scrollTo(0, 0);
          });
          await settle(page);
          const name = `${key.replace(/^\//, '').replace(/\.html\??/, '-').replace(/[=&]/g, '_').replace(/-$/, '')}-${lang}-${theme}-${width}.png`;
          await shootWhole(page, `${shotsDir}/${name}`);
          await page.close();
        }
      }
    }
  }
  // The map zoomed on Jinhua with a choropleth, keyboard focus moved by an arrow key, on the map's docs page.
  for (const lang of ['zh', 'en']) {
    for (const theme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto(`${site.url}docs.html?tag=union-county-map&${lang === 'en' ? 'lang=en&' : ''}theme=${theme}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('.panel union-county-map')?.shadowRoot?.querySelector('svg.map'), { timeout: 20000 });
        await page.evaluate(async () => {
          const map = document.querySelector('.panel union-county-map');
          map.setAttribute('focus', '330700');
          map.setAttribute('metric', 'honours.craftsmen.prefecture');
          await new Promise((r) => setTimeout(r, 1500));
          map.shadowRoot.querySelector('path.county[data-code="330782"]').focus();
          map.shadowRoot.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
          await map.updateComplete;
        });
        await settle(page);
        await shootWhole(page, `${shotsDir}/map-zoom-${lang}-${theme}-${width}.png`);
        await page.close();
      }
    }
  }
  // The honours page's print (Chromium's PDF), national awards only: the print keeps the filter.
  for (const lang of ['zh', 'en']) {
    const page = await browser.newPage();
    await page.goto(`${site.url}honours.html?${lang === 'en' ? 'lang=en&' : ''}theme=light`, { waitUntil: 'load' });
    await settle(page);
    await page.evaluate(() => document.getElementById('all-rolls')?.setAttribute('level', 'national'));
    await page.emulateMediaType('print');
    await settle(page);
    await page.pdf({ path: `${shotsDir}/honours-print-${lang}.pdf`, format: 'A4', printBackground: true });
    await page.close();
  }
  console.log(`screenshots in ${shotsDir} (turn a PDF into PNGs with: pdftoppm -png -r 60 FILE.pdf PREFIX)`);
}

await browser.close();
await site.close();
await cdn.close();
rmSync(blankDir, { recursive: true, force: true });
console.log(`site e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
