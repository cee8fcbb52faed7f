// node scripts/map-screenshots.js [dir]: serves the library with Vite on 127.0.0.1 and saves
// PNGs of <union-county-map> at 375 and 1280 px, light and dark, zh and en: the province
// with the reporting regions, the Jinhua zoom with a choropleth, a tooltip and keyboard
// focus moved by an arrow key; and the same under forced colours (Chromium's emulation).
// Into screenshots/ (not committed).
import { openScreenshotSession } from './screenshot-session.js';

const { out, port, browser, close } = await openScreenshotSession();
try {
  const shots = [375, 1280].flatMap((width) => ['light', 'dark'].flatMap((theme) => ['zh-CN', 'en'].map((lang) => ({ width, theme, lang, forced: false }))));
  shots.push({ width: 1280, theme: 'light', lang: 'zh-CN', forced: true });
  for (const { width, theme, lang, forced } of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    if (forced) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle0' });
    await page.evaluate(async (lang, theme, tag) => {
      await import(tag);
      document.body.innerHTML = `<main style="display:grid;gap:16px;padding:8px;max-width:1200px;color-scheme:${theme}">
        <union-county-map lang="${lang}" theme="${theme}"></union-county-map>
        <union-county-map id="zoom" lang="${lang}" theme="${theme}" focus="330700" metric="honours.craftsmen.prefecture"></union-county-map></main>`;
      document.body.style.background = theme === 'dark' ? '#111' : '#fff';
    }, lang, theme, `/@fs${process.cwd()}/src/define/union-county-map.ts`);
    await page.waitForFunction(() => [...document.querySelectorAll('union-county-map')].every((m) => m.shadowRoot?.querySelector('svg.map')), { timeout: 20000 });
    await page.evaluate(async () => {
      const zoom = document.getElementById('zoom');
      zoom.shadowRoot.querySelector('path.county[data-code="330782"]').focus();
      zoom.shadowRoot.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await zoom.updateComplete;
    });
    await new Promise((r) => setTimeout(r, 1000));
    const file = `${out}/map-${width}-${theme}-${lang}${forced ? '-forced-colors' : ''}.png`;
    // Puppeteer's fullPage capture draws these SVGs shrunk; a viewport of the page's
    // height draws them as a reader sees them.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewport({ width, height });
    await new Promise((r) => setTimeout(r, 500));
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await close();
}
