import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium, serveBench } from './harness.js';
const REPORT = 'jinhua-five-year', CATEGORY = 'honours';
const page = (n) => `<!doctype html><meta charset="utf-8"><body><script>window.__start = performance.now();</script><script type="module" src="/tmp-cdn/union-viz.js"></script>${`<union-bar-chart report="${REPORT}" category="${CATEGORY}"></union-bar-chart>`.repeat(n)}`;
const { base, close } = await serveBench((url) => {
  if (url.pathname === '/page') return { type: 'text/html', body: page(100) };
  if (url.pathname.startsWith('/tmp-cdn/')) return { type: 'text/javascript', body: readFileSync('/tmp/cdn-maps/' + url.pathname.slice(9)) };
});
const browser = await launchChromium();
const self = new Map();
for (let r = 0; r < 3; r++) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await tab.goto(`${base}/page`);
  await tab.waitForFunction(() => [...document.querySelectorAll('union-bar-chart')].every((c) => c.shadowRoot?.querySelector('svg rect, [part=error]')), { timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop'); await tab.close();
  const dt = new Map(); profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + profile.timeDeltas[i]));
  const maps = {};
  for (const node of profile.nodes) {
    const f = node.callFrame; let name = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    const file = f.url.match(/tmp-cdn\/(.*)$/)?.[1];
    if (file) { try { maps[file] ??= new TraceMap(readFileSync(`/tmp/cdn-maps/${file}.map`, 'utf8')); const o = originalPositionFor(maps[file], { line: f.lineNumber + 1, column: f.columnNumber }); name = `${f.functionName} ${o.source?.replace(/^.*\/(src|node_modules)\//, '')}:${o.line} ${o.name ?? ''}`; } catch {} }
    self.set(name, (self.get(name) ?? 0) + (dt.get(node.id) ?? 0) / 3000);
  }
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(6), k);
await browser.close(); close();
