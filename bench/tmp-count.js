import { readFileSync } from 'node:fs';
import { launchChromium, serveBench } from './harness.js';
const page = (n) => `<!doctype html><meta charset="utf-8"><body><script>
window.__m = { n: 0, t: 0, fonts: 0, seg: 0 };
const mt = CanvasRenderingContext2D.prototype.measureText;
CanvasRenderingContext2D.prototype.measureText = function (s) { const a = performance.now(); const r = mt.call(this, s); window.__m.t += performance.now() - a; window.__m.n++; return r; };
const fd = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', { get: fd.get, set(v) { window.__m.fonts++; fd.set.call(this, v); } });
const gcs = window.getComputedStyle; window.getComputedStyle = function (...a) { window.__m.seg++; return gcs.apply(this, a); };
</script><script type="module" src="/dist/union-viz.js"></script>${'<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>'.repeat(n)}`;
const { base, close } = await serveBench((url) => url.pathname === '/page' ? { type: 'text/html', body: page(Number(url.searchParams.get('n'))) } : undefined);
const browser = await launchChromium();
for (const n of [1, 100]) {
  const tab = await browser.newPage();
  await tab.goto(`${base}/page?n=${n}`);
  await tab.waitForFunction(() => [...document.querySelectorAll('union-bar-chart')].every((c) => c.shadowRoot?.querySelector('.mark')), { timeout: 60000 });
  await new Promise((r) => setTimeout(r, 500));
  console.log(n, await tab.evaluate(() => JSON.stringify(window.__m)));
  await tab.close();
}
await browser.close(); close();
