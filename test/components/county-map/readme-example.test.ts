import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-county-map.js';
import { settled } from '../setup.js';

/** The README's ```html block that shows <union-county-map>, as written. */
async function mapExample(): Promise<string | undefined> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('<union-county-map'));
}

describe('README: <union-county-map> example', () => {
  it('runs: every map in it draws its counties, none shows an error', async () => {
    const example = await mapExample();
    expect(example).to.contain('<union-county-map');
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    // The publisher's boundaries URL of the example, served here by the test server.
    box.innerHTML = example!.replace('/boundaries/zhejiang.topo.json', '/test-data/zhejiang.topo.json?key=readme-map');
    const maps = [...box.querySelectorAll('union-county-map')];
    expect(maps.length).to.equal(3);
    await waitUntil(() => maps.every((m) => settled(m) && m.shadowRoot!.querySelector('svg.map, [part="error"]')), 'a map never drew', { timeout: 10000 });
    for (const map of maps) {
      expect(map.shadowRoot!.querySelector('[part="error"]'), map.outerHTML).to.equal(null);
      expect(map.shadowRoot!.querySelectorAll('path.county').length).to.be.greaterThan(0);
    }
    expect(maps[2]!.shadowRoot!.querySelector('.credit')!.textContent).to.contain('浙S（2024）12号');
  });
});
