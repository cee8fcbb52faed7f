// npm test runs this after the build: every built file that carries another package's code
// carries that package's licence notice too (Lit: BSD-3-Clause; d3: ISC), as those licences
// ask of every copy. The bundles are read as shipped, so the check does not take the
// plugin's word for what it bundled: Lit's code is found by its Trusted Types policy name.
//   npx tsx scripts/check-notices.ts        (after npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { packageOf } from './build/third-party-notices.js';

const LIT = 'Copyright (c) 2017 Google LLC';
const D3 = /Copyright 2010-\d{4} Mike Bostock/;
let failed = 0;
function check(name: string, ok: boolean, detail = ''): void {
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}${ok || !detail ? '' : `\n  ${detail}`}`);
}
const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

check('a scoped package is named with its scope', packageOf('/a/node_modules/@lit/reactive-element/x.js')?.name === '@lit/reactive-element');
check('a nested package is read from the innermost node_modules', packageOf('/a/node_modules/b/node_modules/d3-array/dist/d3-array.mjs')?.dir === '/a/node_modules/b/node_modules/d3-array');
check('a module of the project is no package', packageOf('/a/src/index.ts') === undefined);

const bundle = read('dist/union-viz.js');
const notices = read('dist/union-viz.js.LICENSE.txt');
check('union-viz.js is built', bundle.length > 0);
check('union-viz.js holds Lit', bundle.includes('"lit-html"') || bundle.includes('`lit-html`'));
check('union-viz.js opens with a legal comment naming its notices file', /^\/\*! union-viz .*union-viz\.js\.LICENSE\.txt/.test(bundle), bundle.slice(0, 200));
check('union-viz.js.LICENSE.txt carries Lit\'s and d3\'s notices', notices.includes(LIT) && D3.test(notices), notices.slice(0, 300));

const single = read('dist/union-viz.standalone.js');
const code = single.lastIndexOf('/*!');
check('union-viz.standalone.js carries Lit\'s and d3\'s notices inside itself, after its code', code > 0 && single.slice(code).includes(LIT) && D3.test(single.slice(code)));

// The package's modules: Lit stays a dependency; d3-array's code is in the chunks.
const packageNotices = read('dist/THIRD-PARTY-NOTICES.txt');
check('the package carries THIRD-PARTY-NOTICES.txt with d3\'s notice', D3.test(packageNotices), packageNotices.slice(0, 300));
const files = (JSON.parse(read('package.json')) as { files: string[] }).files;
check('the package\'s files include dist/, where the notices are', files.includes('dist'));

console.log(`notices: ${failed === 0 ? 'all carried' : `${failed} failed`}`);
process.exit(failed === 0 ? 0 : 1);
