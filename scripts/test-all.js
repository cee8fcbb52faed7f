// The whole suite: each check is one test, then every browser test in Chromium and
// Firefox. Prints one closing line, "N passed, N failed", and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const checks = [
  ['types compile', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['dataset is fresh', 'npx', ['tsx', 'scripts/build-dataset.ts', '--check']],
  ['geo boundaries are fresh', 'npx', ['tsx', 'scripts/build-geo.ts', '--check']],
  ['schema and validator are fresh', 'npx', ['tsx', 'scripts/build-schema.ts', '--check']],
  ['custom elements manifest builds', 'npx', ['cem', 'analyze', '--quiet']],
  ['sizes within budget', 'node', ['scripts/size.js']],
  ['stories build', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static']],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of checks) {
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) {
    passed += 1;
    console.log(`ok: ${name}`);
  } else {
    failed += 1;
    console.log(`FAILED: ${name}`);
  }
}

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
