// Runs inside /test-data/csp-roll.html, a page under a strict Content-Security-Policy, and
// reports to the test page what the roll rendered and whether eval was blocked.
import '../../../src/define/union-honor-roll.js';

function evalBlocked(): boolean {
  try {
    return new Function('return 1')() !== 1;
  } catch {
    return true;
  }
}

const roll = document.querySelector('union-honor-roll')!;
const deadline = Date.now() + 8000;
(function report() {
  const names = [...(roll.shadowRoot?.querySelectorAll('.entry .name') ?? [])].map((n) => n.textContent);
  const error = roll.shadowRoot?.querySelector('[part="error"]:not([aria-busy])');
  const styled = roll.shadowRoot ? getComputedStyle(roll.shadowRoot.querySelector('.frame') ?? roll).borderTopStyle : '';
  if (names.length > 0 || error || Date.now() > deadline) {
    parent.postMessage({ evalBlocked: evalBlocked(), names, styled, error: error?.textContent ?? null }, '*');
  } else setTimeout(report, 50);
})();
