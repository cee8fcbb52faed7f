import { expect, fixture, html } from '@open-wc/testing';
import { embedCode } from '../../../src/components/base/embed-code.js';

describe('embedCode', () => {
  it('writes the tag with its attributes and the fallback text, escaped', async () => {
    const el = await fixture(html`<union-bar-chart report="jinhua-five-year" category="honours" data-x="1" class="page" heading='a "b"'></union-bar-chart>`);
    const code = embedCode(el, '荣誉 <8人>');
    expect(code).to.equal('<union-bar-chart report="jinhua-five-year" category="honours" heading="a &quot;b&quot;">荣誉 &lt;8人&gt;</union-bar-chart>');
    const parsed = new DOMParser().parseFromString(code, 'text/html').body.firstElementChild!;
    expect(parsed.getAttribute('heading')).to.equal('a "b"');
    expect(parsed.textContent).to.equal('荣誉 <8人>');
  });
});
