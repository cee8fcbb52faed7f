// npm run screenshots: serves the demo with Vite on 127.0.0.1 and saves full-page PNGs of
// it at 375 and 1280 px, light and dark, zh and en, into screenshots/ (not committed).
import { openScreenshotSession } from './screenshot-session.js';

const { out, port, browser, close } = await openScreenshotSession();
try {
  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['zh-CN', 'en']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => {
          const grids = [...document.querySelectorAll('union-kpi-grid')];
          return grids.length > 0 && grids.every((g) => {
            const kpis = [...(g.shadowRoot?.querySelectorAll('union-kpi') ?? [])];
            const rolls = g.shadowRoot?.querySelectorAll('[part="roll-card"]').length ?? 0;
            return kpis.length + rolls > 0 && kpis.every((k) => k.shadowRoot?.querySelector('[part="value"], [part="error"]:not([aria-busy])'));
          });
        }, { timeout: 20000 });
        const file = `${out}/demo-${width}-${theme}-${lang}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
        await page.close();
      }
    }
  }
} finally {
  await close();
}
