// Runs inside /test-data/csp-map.html (a strict Content-Security-Policy) and reports to the
// test page what the map drew, its tooltip's place, and every policy violation.
import '../../../src/define/union-county-map.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
const map = document.querySelector('union-county-map')!;
const deadline = Date.now() + 10000;
let focused = false;
(function report() {
  const root = map.shadowRoot;
  const paths = root?.querySelectorAll('path.county').length ?? 0;
  const error = root?.querySelector('[part="error"]:not([aria-busy])');
  if (paths > 0 && !focused) {
    focused = true;
    root!.querySelector<SVGElement>('path.county[data-code="330782"]')!.focus();
  }
  const tooltip = root?.querySelector<HTMLElement>('[part="tooltip"]');
  if ((paths > 0 && tooltip) || error || Date.now() > deadline) {
    setTimeout(() => parent.postMessage({ paths, error: error?.textContent ?? null, tooltipLeft: tooltip?.style.left ?? null, violations }, '*'), 100);
  } else setTimeout(report, 50);
})();
