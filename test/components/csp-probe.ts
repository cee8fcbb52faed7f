// Runs inside /test-data/csp.html, a page under a strict Content-Security-Policy, and
// reports to the test page what the widget rendered and whether eval was blocked.
import '../../src/define/union-kpi.js';

function evalBlocked(): boolean {
  try {
    return new Function('return 1')() !== 1;
  } catch {
    return true;
  }
}

const kpi = document.querySelector('union-kpi')!;
const deadline = Date.now() + 8000;
(function report() {
  const value = kpi.shadowRoot?.querySelector('[part="value"]');
  const error = kpi.shadowRoot?.querySelector('[part="error"]:not([aria-busy])');
  if (value || error || Date.now() > deadline) {
    parent.postMessage({ evalBlocked: evalBlocked(), value: value?.textContent ?? null, error: error?.textContent ?? null }, '*');
  } else setTimeout(report, 50);
})();
