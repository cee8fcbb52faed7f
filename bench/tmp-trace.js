import { launchChromium, serveBench } from './harness.js';
import { kpiPage } from './pages.js';
import { waterfall } from './trace-files.js';
import { TRACE_CATEGORIES } from './trace-summary.js';
const { base, close } = await serveBench((url) => url.pathname === '/kpi' ? { type: 'text/html', body: kpiPage({ count: 1, fact: 'yiwu-2020.rest-recuperation.participants', script: '/dist/union-viz.js' }) } : undefined);
const browser = await launchChromium();
for (let i = 0; i < 3; i++) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.tracing.start({ categories: TRACE_CATEGORIES });
  await tab.goto(`${base}/kpi`);
  await tab.waitForFunction('window.__rendered !== undefined');
  const ms = await tab.evaluate('window.__rendered');
  const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === 'navigationStart')?.ts;
  console.log('rendered', ms.toFixed(1));
  console.log(waterfall(trace, base).join('\n'));
  const top = events.filter((e) => e.ph === 'X' && e.dur > 1500 && /EvaluateScript|v8.compile|FunctionCall|ParseHTML|Layout|UpdateLayoutTree|v8.evaluateModule|RunMicrotasks|TimerFire|FireAnimationFrame|v8.parseOnBackground|CompileScript|Paint/.test(e.name)).map((e) => `${((e.ts - start) / 1000).toFixed(1)} +${(e.dur / 1000).toFixed(1)} ${e.name} ${e.args?.data?.url?.replace(base, '') ?? ''}`);
  console.log(top.join('\n'));
  await tab.close();
}
await browser.close(); close();
