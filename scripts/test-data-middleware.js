// Test-only endpoints under /test-data/ for the widgets' `src` handling: a dataset served
// slowly, a 404, invalid JSON, a server that fails once then recovers, a response over the
// size limit, pages under a strict CSP and under Trusted Types, and a request counter.
// Used by web-test-runner.config.js.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testDataMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-data/')) return next();
  const name = ctx.path.slice('/test-data/'.length);
  const key = ctx.query.key ?? name;
  if (name === 'csp.html') {
    // A page under a strict Content-Security-Policy: no inline script, no eval.
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'");
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><meta charset="utf-8"><body>
<union-kpi src="/test-data/dataset.json?key=csp" fact="${ctx.query.fact ?? ''}"></union-kpi>
<script type="module" src="/test/components/csp-probe.ts"></script></body>`;
    return;
  }
  if (name === 'csp-roll.html') {
    // The honour roll under the same policy, with a user dataset (validated without eval).
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'");
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><meta charset="utf-8"><body>
<union-honor-roll src="/test-data/dataset.json?key=csp-roll" query="丁 思 诗"></union-honor-roll>
<script type="module" src="/test/components/honor-roll/csp-probe.ts"></script></body>`;
    return;
  }
  if (name === 'trusted-types.html') {
    // Trusted Types required, with the policy names the test passes (as a site would list them).
    const policies = String(ctx.query.policies ?? 'default');
    ctx.set('Content-Security-Policy', `default-src 'self'; script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types ${policies}`);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><meta charset="utf-8"><body>
<union-kpi fact="${ctx.query.fact ?? ''}">fallback text</union-kpi>
<script type="module" src="/test/components/trusted-types-probe.ts"></script></body>`;
    return;
  }
  if (name === 'csp-map.html') {
    // The county map under the same strict policy.
    ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'");
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><meta charset="utf-8"><body>
<union-county-map src="/test-data/dataset.json?key=csp-map" geo-src="/test-data/zhejiang.topo.json?key=csp-map" focus="330700" metric="honours.craftsmen.prefecture"></union-county-map>
<script type="module" src="/test/components/county-map/csp-probe.ts"></script></body>`;
    return;
  }
  if (name === 'hits') {
    ctx.body = JSON.stringify({ hits: hits.get(ctx.query.key) ?? 0 });
    ctx.type = 'application/json';
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Math.min(Number(ctx.query.delay ?? 0), 20000);
  if (delay > 0) await sleep(delay);
  // A transient failure: 500 once, then the dataset (flaky) or the boundaries (flaky-topo),
  // served below. No extension in its name, or the test
  // runner marks the 500 cacheable for a year and the browser never asks again.
  if ((name === 'flaky' || name === 'flaky-topo') && hits.get(key) === 1) {
    ctx.status = 500;
    ctx.body = 'try again';
    return;
  }
  if (name === 'missing.json') {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  if (name === 'not-json.json') {
    ctx.type = 'application/json';
    ctx.body = '{"regions": [ this is not JSON';
    return;
  }
  if (name === 'zhejiang.topo.json' || name === 'flaky-topo') {
    ctx.type = 'application/json';
    ctx.body = readFileSync('data/geo/zhejiang.topo.json', 'utf8');
    return;
  }
  if (name === 'too-large.json') {
    // 11 MiB of white space: over the limit, sent with its length, or streamed without one.
    const size = 11 * 1024 * 1024;
    ctx.type = 'application/json';
    if (ctx.query.stream) {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      ctx.body = Readable.from((function* () {
        for (let sent = 0; sent < size; sent += chunk.length) yield chunk;
      })());
    } else ctx.body = Buffer.alloc(size, 0x20);
    return;
  }
  if (name === 'dataset.json' || name === 'flaky') {
    ctx.type = 'application/json';
    ctx.body = readFileSync('data/dataset.json', 'utf8');
    return;
  }
  ctx.status = 404;
}
