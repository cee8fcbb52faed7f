// What the screenshot scripts share: the library served by Vite on 127.0.0.1 (the demo and
// src/), headless Debian Chromium, and the output folder (argv[2], else screenshots/).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

/** Starts the server and the browser; `close()` stops both. */
export async function openScreenshotSession() {
  const out = process.argv[2] ?? 'screenshots';
  mkdirSync(out, { recursive: true });
  const server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const { port } = server.httpServer.address();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { out, port, browser, close };
}
