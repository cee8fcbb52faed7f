// node scripts/roll-screenshots.js [dir]: serves the demo with Vite on 127.0.0.1 and saves the
// honours page at 375 and 1280 px, light and dark, zh and en, as full-page PNGs, plus its print
// (Chromium's PDF, zh and en) as roll-print-<lang>.pdf, into screenshots/ (not committed).
// Turn a PDF into PNGs to look at with: pdftoppm -png -r 60 roll-print-zh-CN.pdf roll-print-zh-CN
import { openScreenshotSession } from './screenshot-session.js';

const { out, port, browser, close } = await openScreenshotSession();
const ready = () =>
  [...document.querySelectorAll('union-honor-roll')].every((r) => r.shadowRoot?.querySelector('[part="group"], [part="error"]:not([aria-busy]), [part="empty"]'));
try {
  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['zh-CN', 'en']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        await page.goto(`http://127.0.0.1:${port}/honours.html?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(ready, { timeout: 20000 });
        const file = `${out}/roll-${width}-${theme}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
        await page.close();
      }
    }
  }
  for (const lang of ['zh-CN', 'en']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/honours.html?lang=${lang}&theme=light`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(ready, { timeout: 20000 });
    // The second roll prints only the national awards: the print keeps the current filter.
    await page.evaluate(() => document.getElementById('all-rolls')?.setAttribute('level', 'national'));
    await page.emulateMediaType('print');
    await new Promise((r) => setTimeout(r, 300));
    const file = `${out}/roll-print-${lang}.pdf`;
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await close();
}
