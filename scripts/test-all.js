// The whole suite: installs the browsers and font it needs if they are missing, then runs
// each check as one test, then every browser test in Chromium and Firefox. Prints one
// closing line, "N passed, N failed", and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (spawnSync('node', ['scripts/ensure-browsers.js'], { stdio: 'inherit' }).status !== 0) process.exit(1);

// The consumer checks share one build and one `npm pack` tarball.
const packDir = mkdtempSync(join(tmpdir(), 'union-viz-pack-'));
const tarball = () => join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')) ?? 'missing.tgz');

const checks = [
  ['types compile', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['dataset is fresh', 'npx', ['tsx', 'scripts/build-dataset.ts', '--check']],
  ['geo boundaries are fresh', 'npx', ['tsx', 'scripts/build-geo.ts', '--check']],
  ['schema and validator are fresh', 'npx', ['tsx', 'scripts/build-schema.ts', '--check']],
  ['custom elements manifest builds', 'npx', ['cem', 'analyze', '--quiet']],
  ['sizes within budget', 'node', ['scripts/size.js']],
  ['built files carry the bundled packages\' licence notices', 'npx', ['tsx', 'scripts/check-notices.ts']],
  ['built bundles work alone', 'node', ['scripts/check-bundles.js', '--no-build']],
  ['stories build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']],
  ['package builds and packs', 'node', ['scripts/consumers.js', 'pack', packDir]],
  ['package imports in Node', 'node', ['scripts/consumers.js', 'node']],
  ['React app renders a KPI', 'node', ['scripts/consumers.js', 'react']],
  ['Vue app renders a KPI', 'node', ['scripts/consumers.js', 'vue']],
  ['demo site builds and every page passes in Chromium', 'node', ['scripts/site-e2e.js']],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of checks) {
  const started = Date.now();
  const env = { ...process.env, UNION_VIZ_TARBALL: tarball() };
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const took = `(${((Date.now() - started) / 1000).toFixed(1)} s)`;
  if (run.status === 0) {
    passed += 1;
    console.log(`ok: ${name} ${took}`);
  } else {
    failed += 1;
    console.log(`FAILED: ${name} ${took}`);
  }
}
rmSync(packDir, { recursive: true, force: true });

const results = '.wtr-results.json';
rmSync(results, { force: true });
const wtr = spawnSync('npx', ['wtr'], { stdio: 'inherit' });
if (existsSync(results)) {
  const totals = JSON.parse(readFileSync(results, 'utf8'));
  passed += totals.passed;
  failed += totals.failed + totals.brokenFiles;
  if (wtr.status !== 0 && totals.failed + totals.brokenFiles === 0) failed += 1;
} else {
  failed += 1;
  console.log('FAILED: the browser tests did not finish');
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
