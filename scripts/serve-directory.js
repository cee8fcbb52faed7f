// A static file server on 127.0.0.1 for a built directory (a consumer app's dist/, or a
// stand-in for a CDN). `node scripts/serve-directory.js <dir> [port]` serves until stopped.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function fileFor(dir, url) {
  const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(dir)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Serves `dir`; resolves to its URL and a `close()`. */
export function serveDirectory(dir, port = 0) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const file = fileFor(base, req.url ?? '/');
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((c) => server.close(c)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDirectory(process.argv[2] ?? '.', Number(process.argv[3] ?? 0));
  console.log(`serving ${process.argv[2] ?? '.'} on ${url}`);
}
