// node scripts/site-weight.js [--no-build]: what each page of the built site (dist-site/,
// from `npm run build:site`) loads before it is usable, as a table of KB gzip per kind
// (scripts/site/weigh.js says how it is measured), and exit 1 when a page is over its budget
// (BUDGETS_KB in scripts/site/weigh.js). Every page: the home, each report's reader, the
// charts, honours, embed builder, explorer, validator, and the docs index and each tag's page.
//
// The budgets and why each page costs what it does are beside BUDGETS_KB. Every page pays
// Lit, the widgets' shared base and the site's shell; below the first screen, charts load
// when they are scrolled to, and the home's headline grids when a region is chosen.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from './serve-directory.js';
import { weighPage, weightTable, withinBudget } from './site/weigh.js';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build:site', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const tags = JSON.parse(readFileSync('demo/generated/docs/index.json', 'utf8'));
const paths = [
  '/index.html',
  ...dataset.reports.map((r) => `/report.html?report=${r.id}`),
  '/charts.html',
  '/honours.html',
  '/embed.html',
  '/explorer.html',
  '/validator.html',
  '/docs.html',
  ...tags.map((tag) => `/docs.html?tag=${tag}`),
];

const site = await serveDirectory('dist-site');
const browser = await puppeteer.launch({
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const weights = [];
try {
  for (const path of paths) weights.push(await weighPage(browser, site.url, path));
} finally {
  await browser.close();
  await site.close();
}
console.log(weightTable(weights));
if (process.argv.includes('--files')) {
  for (const w of weights) {
    console.log(`\n${w.path}`);
    for (const f of [...w.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.kind.padEnd(5)} ${f.url}`);
  }
}
const over = weights.filter((w) => !withinBudget(w));
if (over.length > 0) {
  console.log(`over budget: ${over.map((w) => w.path).join(', ')}`);
  process.exit(1);
}
console.log(`every page within its budget (${weights.length} pages)`);
