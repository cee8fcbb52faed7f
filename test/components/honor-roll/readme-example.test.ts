import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-honor-roll.js';
import { settled } from '../setup.js';

/** The README's ```html blocks that show <union-honor-roll>, as written. */
async function rollExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes('<union-honor-roll'));
}

describe('README: <union-honor-roll> example', () => {
  it('runs: every roll in it shows its entries, none an error', async () => {
    const [example] = await rollExamples();
    expect(example).to.contain('<union-honor-roll');
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.innerHTML = example!;
    const rolls = [...box.querySelectorAll('union-honor-roll')];
    expect(rolls.length).to.equal(3);
    await waitUntil(() => rolls.every(settled), 'a roll never settled', { timeout: 8000 });
    const counts = rolls.map((r) => r.shadowRoot!.querySelectorAll('.entry').length);
    for (const roll of rolls) expect(roll.shadowRoot!.querySelector('[part="error"]'), roll.outerHTML).to.equal(null);
    expect(counts).to.deep.equal([10, counts[1], 1]);
    expect(counts[1]).to.be.greaterThan(0);
    expect(rolls[1]!.shadowRoot!.querySelector('table')).not.to.equal(null);
  });
});
