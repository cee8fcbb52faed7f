/**
 * Gives the main thread back to the page: input, rendering and the page's own tasks run
 * before the next slice. A message, not `setTimeout` (clamped to 4 ms when nested), nor
 * `scheduler.yield()` (its continuation goes before the page's other tasks).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** How long one slice of work may hold the main thread, in milliseconds. */
const SLICE_MS = 8;

/** Runs `steps` to the end, yielding to the page whenever a slice has lasted SLICE_MS. */
export async function runInSlices<T>(steps: Iterator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** Runs `steps` to the end at once. */
export function runAtOnce<T>(steps: Iterator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
