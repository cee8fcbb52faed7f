import { expect } from '@open-wc/testing';
import { embeddedDataset } from '../../../src/dataset/index.js';

interface ProbeReport {
  evalBlocked: boolean;
  marks: number;
  error: string | null;
  violations: string[];
  exported: string;
  pngStatus: string;
  pngWritten: boolean;
}

describe('<union-bar-chart> under a strict Content-Security-Policy', () => {
  it('validates a user dataset, draws every bar and exports an SVG, with nothing blocked', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<ProbeReport>((resolve) => window.addEventListener('message', (e) => resolve(e.data as ProbeReport), { once: true }));
    frame.src = '/test/components/bar-chart/csp.html';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.evalBlocked, 'the policy is in force').to.equal(true);
    expect(result.error).to.equal(null);
    expect(result.marks).to.equal(embeddedDataset().facts({ report: 'jinhua-five-year', category: 'honours' }).length);
    expect(result.violations).to.deep.equal([]);
    expect(result.exported).to.equal('image/svg+xml;charset=utf-8');
  });

  it('makes the PNG under img-src \'self\', with no violation and no refusal', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<ProbeReport>((resolve) => window.addEventListener('message', (e) => resolve(e.data as ProbeReport), { once: true }));
    frame.src = '/test/components/bar-chart/csp.html';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.evalBlocked, 'the policy is in force').to.equal(true);
    expect(result.pngWritten, JSON.stringify(result)).to.equal(true);
    expect(result.pngStatus, 'the menu reports no refusal').to.equal('');
    expect(result.violations).to.deep.equal([]);
  });
});
