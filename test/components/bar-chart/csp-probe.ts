// Runs inside csp.html, a page under a strict Content-Security-Policy (no inline script or
// style, no eval), and reports to the test page what the chart drew and what was blocked.
import '../../../src/define/union-bar-chart.js';
import { exportFile } from '../../../src/components/base/chart-export.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`));

function evalBlocked(): boolean {
  try {
    return new Function('return 1')() !== 1;
  } catch {
    return true;
  }
}

const chart = document.querySelector('union-bar-chart')!;
const deadline = Date.now() + 8000;
(async function report() {
  const root = chart.shadowRoot;
  const marks = root?.querySelectorAll('.mark').length ?? 0;
  const error = root?.querySelector('[part="error"]:not([aria-busy])');
  if (!marks && !error && Date.now() < deadline) {
    setTimeout(report, 50);
    return;
  }
  const svg = root!.querySelector<SVGSVGElement>('svg.chart');
  let exported = '';
  if (svg) {
    const file = await exportFile('svg', {
      host: chart as HTMLElement,
      svg,
      frame: root!.querySelector('.frame')!,
      meta: { title: 't', description: 'd', sourceLine: 's', credit: 'c' },
      records: [],
      fileStem: 'csp',
      fallback: '',
      locale: 'zh-CN',
    });
    exported = file.blob.type;
  }
  // The PNG is drawn onto a canvas from the marks: no data: or blob: image for img-src to refuse.
  let pngWritten = false;
  chart.addEventListener('union-export', (e) => {
    e.preventDefault();
    pngWritten = (e as CustomEvent<{ format: string }>).detail.format === 'png';
  });
  const pngStatus = await new Promise<string>((resolve) => {
    root!.querySelector<HTMLElement>('[part="menu-button"]')!.click();
    setTimeout(() => root!.querySelectorAll<HTMLElement>('[role="menuitem"]')[0]!.click(), 50);
    const until = Date.now() + 4000;
    (function poll() {
      const text = root!.querySelector('[role="status"]')?.textContent ?? '';
      if (text || pngWritten || Date.now() > until) resolve(text);
      else setTimeout(poll, 50);
    })();
  });
  parent.postMessage({ evalBlocked: evalBlocked(), marks, error: error?.textContent ?? null, violations, pngStatus, pngWritten, exported }, '*');
})();
