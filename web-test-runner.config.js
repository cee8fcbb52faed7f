import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { countingReporter } from './scripts/wtr-counting-reporter.js';
import { testDataMiddleware } from './scripts/test-data-middleware.js';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',');

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
});

const browsers = [
  ['chromium', chromium],
  ['firefox', firefox],
].filter(([name]) => !only || only.includes(name)).map(([, b]) => b);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [testDataMiddleware],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  browsers,
  concurrency: 1,
  browserStartTimeout: 120000,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countingReporter('.wtr-results.json')],
};
