// What every bench shares: a server on 127.0.0.1 that answers the bench's own pages and
// serves the working tree's files (the built bundles, the dataset, the geometry), and
// headless Chromium launched with the same flags, so that the benches differ only in what
// they draw.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

/**
 * Serves `route(url)`'s answer, `{ type, body }`, where it gives one, else the file at the
 * URL's path under the working directory (404 where there is none). Resolves to the base URL
 * and a `close()`.
 */
export async function serveBench(route) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const own = route(url);
    if (own) return void res.writeHead(200, { 'content-type': own.type }).end(own.body);
    const file = normalize(join(process.cwd(), url.pathname));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium as every bench runs it (CHROMIUM_PATH, else Debian's), with `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  });
}
