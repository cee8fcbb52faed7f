// Two views of one traced page load for the benches' --trace: when each file was asked for
// and arrived (the loading chain), and the functions with the most self time (a CPU profile).

/** When each file of the page was asked for and arrived, in ms after the navigation began. */
export function waterfall(trace, base) {
  const events = trace.traceEvents ?? trace;
  const start = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToBegin')?.ts ?? Math.min(...events.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts));
  const sent = new Map();
  const rows = [];
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'ResourceSendRequest') sent.set(data.requestId, { url: data.url, at: (e.ts - start) / 1000 });
    if (e.name === 'ResourceFinish' && sent.has(data.requestId)) rows.push({ ...sent.get(data.requestId), done: (e.ts - start) / 1000 });
  }
  return rows.sort((a, b) => a.at - b.at).map((r) => `${r.url.replace(base, '').replace(/\?.*$/, '')} ${r.at.toFixed(0)}→${r.done.toFixed(0)}`);
}

/** The functions with the most self time over one load of `url` until `ready` holds. */
export async function hotspots(browser, url, ready, top = 12) {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await tab.goto(url);
  await tab.waitForFunction(ready, { timeout: 120000 });
  const { profile } = await cdp.send('Profiler.stop');
  await tab.close();
  const origin = new URL(url).origin;
  const self = new Map();
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '').replace(/^.*\//, '')}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
}
