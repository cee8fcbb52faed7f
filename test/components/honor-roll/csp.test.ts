import { expect } from '@open-wc/testing';

interface ProbeReport {
  evalBlocked: boolean;
  names: string[];
  styled: string;
  error: string | null;
}

describe('<union-honor-roll> under a strict Content-Security-Policy', () => {
  it('loads a user dataset, searches it and is styled, with eval and inline code blocked', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<ProbeReport>((resolve) => {
      window.addEventListener('message', (event) => resolve(event.data as ProbeReport), { once: true });
    });
    frame.src = '/test-data/csp-roll.html';
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.evalBlocked, 'the policy is in force').to.equal(true);
    expect(result.error).to.equal(null);
    expect(result.names).to.deep.equal(['丁思诗']);
    expect(result.styled, 'adopted styles apply under the policy').to.equal('solid');
  });
});
