import { expect } from '@open-wc/testing';
import { embeddedDataset } from '../../../src/dataset/index.js';

interface ProbeReport {
  evalBlocked: boolean;
  marks: number;
  error: string | null;
  violations: string[];
  exported: string;
  imgBlocked: boolean;
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

  it('makes the PNG, or says in place that the policy forbids it', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<ProbeReport>((resolve) => window.addEventListener('message', (e) => resolve(e.data as ProbeReport), { once: true }));
    frame.src = '/test/components/bar-chart/csp.html';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    const refused = result.pngStatus === '本页面不允许生成此文件（可能受安全策略限制）。';
    expect(result.pngWritten !== refused, JSON.stringify(result)).to.equal(true);
    if (result.imgBlocked) expect(refused).to.equal(true);
  });
});
