// Test-only endpoints under /test-data/ for the widgets' `src` handling: a dataset served
// slowly, a 404, invalid JSON, and a request counter. Used by web-test-runner.config.js.
import { readFileSync } from 'node:fs';

const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function testDataMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-data/')) return next();
  const name = ctx.path.slice('/test-data/'.length);
  const key = ctx.query.key ?? name;
  if (name === 'hits') {
    ctx.body = JSON.stringify({ hits: hits.get(ctx.query.key) ?? 0 });
    ctx.type = 'application/json';
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Math.min(Number(ctx.query.delay ?? 0), 20000);
  if (delay > 0) await sleep(delay);
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
  if (name === 'dataset.json') {
    ctx.type = 'application/json';
    ctx.body = readFileSync('data/dataset.json', 'utf8');
    return;
  }
  ctx.status = 404;
}
