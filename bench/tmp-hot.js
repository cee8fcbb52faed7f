import { launchChromium, serveBench } from './harness.js';
import { kpiPage } from './pages.js';
import { hotspots } from './trace-files.js';
const { base, close } = await serveBench((url) => url.pathname === '/kpi' ? { type: 'text/html', body: kpiPage({ count: 1, fact: 'yiwu-2020.rest-recuperation.participants', script: '/dist/union-viz.js' }) } : undefined);
const browser = await launchChromium();
const agg = new Map();
for (let i = 0; i < 8; i++) {
  const rows = await hotspots(browser, `${base}/kpi`, 'window.__rendered !== undefined', 40);
  for (const [k, v] of rows) agg.set(k, (agg.get(k) ?? 0) + v / 8);
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(2).padStart(7), k.slice(0, 120));
await browser.close(); close();
