import { expect } from '@open-wc/testing';

interface MapProbeReport {
  paths: number;
  error: string | null;
  tooltipLeft: string | null;
  violations: string[];
}

describe('<union-county-map> under a strict Content-Security-Policy', () => {
  it('draws the zoomed choropleth and places its tooltip, with no violation', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<MapProbeReport>((resolve) => {
      window.addEventListener('message', (event) => resolve(event.data as MapProbeReport), { once: true });
    });
    frame.src = '/test-data/csp-map.html';
    frame.style.width = '640px';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.error).to.equal(null);
    expect(result.paths).to.equal(9);
    expect(result.tooltipLeft).to.match(/%$/);
    expect(result.violations).to.deep.equal([]);
  });
});
