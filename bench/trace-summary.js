// Reads a Chromium trace (CDP Tracing, category devtools.timeline) of one page load and
// sums where the renderer's main thread spent its time: self time per kind of work, the
// number of layout passes, and how many of those a script forced (a Layout nested inside
// a script event: a synchronous layout that the page asked for before the frame).

const KINDS = {
  Layout: ['Layout'],
  'Recalc Style': ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  Scripting: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'v8.compile',
    'v8.compileModule',
    'V8.ParseFunctions',
    'v8.callFunction',
    'v8.run',
    'MajorGC',
    'MinorGC',
    'V8.GCScavenger',
    'V8.GCFinalizeMC',
    'V8.GC_MC_BACKGROUND_EVACUATE_COPY',
  ],
  'Parse HTML': ['ParseHTML'],
  Paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit'],
};
const SCRIPT = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.callFunction', 'v8.run']);
const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

/** The page's main thread: the renderer thread that parsed a document from `origin`. */
function mainThread(events, origin) {
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(origin));
  return parse ? events.filter((e) => e.pid === parse.pid && e.tid === parse.tid) : [];
}

/** Complete events (X, or B/E pairs) of one thread as {name, start, end}, in order. */
function spans(events) {
  const out = [];
  const open = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') out.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, start: b.ts, end: e.ts });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Self time (ms) per kind, layout passes, forced layouts, animations started, on the main thread of the page from `origin`. */
export function summarizeTrace(trace, origin) {
  const events = trace.traceEvents ?? trace;
  const thread = mainThread(events, origin);
  const list = spans(thread);
  const self = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  let layouts = 0;
  let forced = 0;
  const stack = [];
  const close = (until) => {
    while (stack.length > 0 && stack.at(-1).end <= until) stack.pop();
  };
  for (const span of list) {
    close(span.start);
    const duration = span.end - span.start;
    const parent = stack.at(-1);
    const kind = kindOf.get(span.name);
    if (kind) self[kind] += duration;
    // Time is counted once, in the innermost known kind: take it off the enclosing span's kind.
    const enclosing = [...stack].reverse().find((s) => kindOf.has(s.name));
    if (kind && enclosing) self[kindOf.get(enclosing.name)] -= duration;
    if (span.name === 'Layout') {
      layouts += 1;
      if (stack.some((s) => SCRIPT.has(s.name))) forced += 1;
    }
    if (parent === undefined || span.end <= parent.end) stack.push(span);
  }
  const pid = thread[0]?.pid;
  const animations = events.filter((e) => e.pid === pid && e.name === 'Animation' && (e.ph === 'b' || e.ph === 'S')).length;
  return {
    ms: Object.fromEntries(Object.entries(self).map(([k, v]) => [k, v / 1000])),
    layouts,
    forcedLayouts: forced,
    animations,
  };
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.animations', 'v8.execute', 'v8'];
