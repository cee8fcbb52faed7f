import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/union-county-map.js';
import type { UnionCountyMap } from '../../../src/components/county-map/union-county-map.js';
import { captureWarnings, settled, setup } from '../setup.js';

describe('<union-county-map> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['zh-CN', 'en']) {
      it(`axe finds nothing: reporting, focus, choropleth, tooltip, list (${theme}, ${lang})`, async () => {
        const plain = await setup<UnionCountyMap>(html`<union-county-map theme=${theme} lang=${lang}></union-county-map>`);
        await expect(plain).to.be.accessible();
        const el = await setup<UnionCountyMap>(html`<union-county-map focus="330700" metric="honours.craftsmen.prefecture" theme=${theme} lang=${lang}></union-county-map>`);
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<SVGElement>('path.county[data-code="330782"]')!.focus();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.exist;
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        plain.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await plain.updateComplete;
        await expect(plain).to.be.accessible();
      });

      it(`axe finds nothing while loading and in the error state (${theme}, ${lang})`, async () => {
        const loading = await fixture<UnionCountyMap>(html`<union-county-map theme=${theme} lang=${lang} src="/test-data/dataset.json?delay=2000&key=map-a11y-${theme}-${lang}"></union-county-map>`);
        await loading.updateComplete;
        expect(loading.shadowRoot!.querySelector('[aria-busy="true"]')).not.to.equal(null);
        await expect(loading).to.be.accessible();
        await captureWarnings(async () => {
          const broken = await fixture<UnionCountyMap>(html`<union-county-map theme=${theme} lang=${lang} focus="nowhere"></union-county-map>`);
          await waitUntil(() => settled(broken) && broken.shadowRoot!.querySelector('[part="error"]'), 'no error state');
          await expect(broken).to.be.accessible();
        });
      });
    }
  }
});
