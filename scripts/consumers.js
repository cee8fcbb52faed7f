// The package as its users get it: `npm pack`, installed into a fresh directory.
//   node scripts/consumers.js pack <dir>   build, then write the tarball into <dir>
//   node scripts/consumers.js node         import 'union-viz' in Node (no DOM there)
//   node scripts/consumers.js react|vue    build the Vite app in test/consumers/<name> and
//                                          check in headless Chromium that its KPIs show
//                                          the figures Node computes from the same package
// The Node check also follows union-viz/dataset's imports: it must import no other package.
// The app checks use UNION_VIZ_TARBALL when set (npm test packs once), else pack first.
// Apps install from the npm registry through npm's own cache (--prefer-offline).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from './serve-directory.js';

const root = resolve(import.meta.dirname, '..');
const FACT = 'yiwu-2020.rest-recuperation.participants';
const LOCALES = ['zh-CN', 'en'];

function run(command, args, cwd) {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (done.status !== 0) {
    // Minified bundles make a stack's source line enormous: show the start of each line.
    const lines = `${done.stdout}${done.stderr}`.trim().split('\n').slice(-30);
    process.stderr.write(`${lines.map((l) => (l.length > 240 ? `${l.slice(0, 240)}…` : l)).join('\n')}\n`);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  }
  return done.stdout;
}

function pack(dest) {
  run('npm', ['run', 'build', '--silent'], root);
  run('npm', ['pack', '--silent', '--pack-destination', dest], root);
  const tarballs = readdirSync(dest).filter((f) => f.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`expected one tarball in ${dest}, found ${tarballs.length}`);
  return join(dest, tarballs[0]);
}

/** A copy of a template with the tarball and the template's own dependencies installed. */
function installApp(template, tarball) {
  const dir = mkdtempSync(join(tmpdir(), `union-viz-${template}-`));
  cpSync(join(root, 'test/consumers', template), dir, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], dir);
  return dir;
}

/** The figures as the installed package formats them in Node; fails if importing it fails. */
function figuresInNode(dir) {
  cpSync(join(root, 'test/consumers/node/figure.js'), join(dir, 'figure.js'));
  return JSON.parse(run('node', ['figure.js', FACT, ...LOCALES], dir));
}

/** The packages that `file` imports, following its relative imports through the chunks. */
function bareImportsOf(file, seen = new Set(), found = new Set()) {
  if (seen.has(file)) return [...found];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, from, bare] of code.matchAll(/(?:import|export)[^;]*?from\s*["'`]([^"'`]+)["'`]|import\s*["'`]([^"'`]+)["'`]/g)) {
    const spec = from ?? bare;
    if (spec.startsWith('.')) bareImportsOf(resolve(dirname(file), spec), seen, found);
    else found.add(spec);
  }
  return [...found];
}

async function figuresInBrowser(dir) {
  const server = await serveDirectory(join(dir, 'dist'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url, { waitUntil: 'load' });
    const shown = () =>
      page.$$eval('union-kpi', (kpis) => kpis.map((k) => k.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() ?? ''));
    await page
      .waitForFunction(() => {
        const kpis = [...document.querySelectorAll('union-kpi')];
        return kpis.length > 0 && kpis.every((k) => k.shadowRoot?.querySelector('[part="value"], [part="error"]:not([aria-busy])'));
      }, { timeout: 20000 })
      .catch(() => {});
    return { shown: await shown(), errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function checkApp(template, tarball) {
  const dir = installApp(template, tarball);
  try {
    const expected = figuresInNode(dir);
    run('npx', ['vite', 'build', '--logLevel', 'warn'], dir);
    const { shown, errors } = await figuresInBrowser(dir);
    const want = LOCALES.map((l) => expected[l]);
    const ok = errors.length === 0 && shown.length === want.length && want.every((w, i) => shown[i]?.includes(w));
    console.log(`${template}: expected ${JSON.stringify(want)}, shown ${JSON.stringify(shown)}`);
    for (const e of errors) console.log(`${template}: page error: ${e}`);
    if (!ok) throw new Error(`the ${template} app did not show the figures`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The README's Node example, as written, and what its closing comment says it prints. */
function readmeNodeExample() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const code = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((c) => c.includes("from 'union-viz';"));
  const says = code?.match(/console\.log\(.*\/\/ (.+)\n/)?.[1];
  if (!code || !says) throw new Error('the README has no Node example ending in a `// output` comment');
  return { code, says };
}

function checkNode(tarball) {
  const dir = installApp('node', tarball);
  try {
    const figures = figuresInNode(dir);
    console.log(`node: ${JSON.stringify(figures)}`);
    if (!LOCALES.every((l) => /\d/.test(figures[l] ?? ''))) throw new Error('Node printed no figure');
    const { code, says } = readmeNodeExample();
    writeFileSync(join(dir, 'readme-example.js'), code);
    const printed = run('node', ['readme-example.js'], dir).trim();
    console.log(`node: the README's example printed ${printed}`);
    if (printed !== says) throw new Error(`the README's Node example printed "${printed}", its comment says "${says}"`);
    const imported = bareImportsOf(join(dir, 'node_modules/union-viz/dist/dataset/index.js'));
    console.log(`node: union-viz/dataset imports ${imported.length === 0 ? 'no other package' : imported.join(', ')}`);
    if (imported.length > 0) throw new Error(`union-viz/dataset must import no other package (no Lit, no DOM code), but imports ${imported.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [what, arg] = process.argv.slice(2);
const started = Date.now();
try {
  if (what === 'pack') {
    console.log(pack(resolve(arg ?? mkdtempSync(join(tmpdir(), 'union-viz-pack-')))));
  } else {
    let tarball = process.env.UNION_VIZ_TARBALL;
    let packDir;
    if (!tarball) {
      packDir = mkdtempSync(join(tmpdir(), 'union-viz-pack-'));
      tarball = pack(packDir);
    }
    try {
      if (what === 'node') checkNode(tarball);
      else if (what === 'react' || what === 'vue') await checkApp(what, tarball);
      else throw new Error(`usage: node scripts/consumers.js pack <dir> | node | react | vue (got ${what})`);
    } finally {
      if (packDir) rmSync(packDir, { recursive: true, force: true });
    }
  }
  console.log(`consumers ${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`consumers ${what}: ${e.message}`);
  process.exit(1);
}
