import { expect } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/index.js';
import { formatQuantity } from '../../src/format/index.js';

const fact = embeddedDataset().data.facts[0]!;

interface ProbeReport {
  evalBlocked: boolean;
  value: string | null;
  error: string | null;
}

describe('under a strict Content-Security-Policy', () => {
  it('validates a user dataset and renders it, with eval blocked', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<ProbeReport>((resolve) => {
      window.addEventListener('message', (event) => resolve(event.data as ProbeReport), { once: true });
    });
    frame.src = `/test-data/csp.html?fact=${encodeURIComponent(fact.id)}`;
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.evalBlocked, 'the policy is in force').to.equal(true);
    expect(result.error).to.equal(null);
    const expected = formatQuantity(fact.quantity, { locale: 'zh-CN' }).replace(/\s+/g, '');
    expect(result.value!.replace(/\s+/g, '')).to.contain(expected);
  });
});
