import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { embeddedDataset, factNoun } from '../../src/dataset/index.js';
import { APPROXIMATIONS, UNITS, type Fact } from '../../src/dataset/types.js';
import { formatQuantity, speakQuantity } from '../../src/format/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import { define } from '../../src/components/base/define.js';
import { captureWarnings, datasetCopy, serve, settled, setup } from './setup.js';

const ds = embeddedDataset();
const headline = ds.facts({ report: 'yiwu-2020', headline: true })[0]!;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
const visibleValue = (el: Element) => part(el, 'value').querySelector('[aria-hidden="true"]')!.textContent!.replace(/\s+/g, '');

describe('<union-kpi> with a fact', () => {
  it('shows label, value, issuer and period in zh by default', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id}></union-kpi>`);
    const metric = ds.metric(headline.metric);
    expect(part(el, 'label').textContent).to.equal(metric.ok ? metric.value.zh : '');
    expect(visibleValue(el)).to.equal(formatQuantity(headline.quantity, { locale: 'zh-CN' }).replace(/\s+/g, ''));
    expect(part(el, 'meta').textContent).to.contain('义乌市总工会');
    await expect(el).to.be.accessible();
  });

  it('speaks in en with lang="en"', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id} lang="en"></union-kpi>`);
    const metric = ds.metric(headline.metric);
    expect(part(el, 'label').textContent).to.equal(metric.ok ? metric.value.en : '');
    expect(part(el, 'meta').textContent).to.contain('Yiwu Federation of Trade Unions');
    await expect(el).to.be.accessible();
  });

  it('reads the whole figure to a screen reader, qualifier included', async () => {
    const over = ds.data.facts.find((f) => f.quantity.approx === 'over')!;
    const metric = ds.metric(over.metric);
    const noun = factNoun(over, metric.ok ? metric.value : undefined);
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${over.id} lang=${locale}></union-kpi>`);
      expect(part(el, 'value').textContent).to.contain(speakQuantity(over.quantity, { locale, ...(noun ? { noun } : {}) }));
    }
  });

  it('takes a label override, full notation and a size', async () => {
    const big = ds.data.facts.find((f) => f.quantity.value >= 10000 && f.quantity.unit === 'person')!;
    const el = await setup<UnionKpi>(html`<union-kpi fact=${big.id} label="我的标签" notation="full" size="l"></union-kpi>`);
    expect(part(el, 'label').textContent).to.equal('我的标签');
    expect(visibleValue(el)).to.equal(formatQuantity(big.quantity, { locale: 'zh-CN', notation: 'full' }).replace(/\s+/g, ''));
    expect(part(el, 'card').classList.contains('size-l')).to.equal(true);
  });

  it('selects by metric and region (code, zh or en name)', async () => {
    for (const region of [headline.region, '义乌市', 'Yiwu']) {
      const el = await setup<UnionKpi>(html`<union-kpi metric=${headline.metric} region=${region} report=${headline.report}></union-kpi>`);
      expect(visibleValue(el)).to.equal(formatQuantity(headline.quantity, { locale: 'zh-CN' }).replace(/\s+/g, ''));
    }
  });

  it('follows the nearest ancestor’s lang, and a change of it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><union-kpi fact=${headline.id}></union-kpi></div>`);
    const el = wrapper.querySelector('union-kpi')!;
    await waitUntil(() => settled(el));
    expect(part(el, 'meta').textContent).to.contain('Yiwu');
    wrapper.setAttribute('lang', 'zh-CN');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(part(el, 'meta').textContent).to.contain('义乌市总工会');
  });
});

describe('<union-kpi> language of other pages', () => {
  it('reads English on a page in a language it does not speak, without a warning', async () => {
    let el!: UnionKpi;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><union-kpi fact=${headline.id}></union-kpi></div>`);
      el = wrapper.querySelector('union-kpi')!;
      await waitUntil(() => settled(el));
    });
    expect(part(el, 'meta').textContent).to.contain('Yiwu Federation of Trade Unions');
    expect(warnings).to.deep.equal([]);
  });
});

describe('<union-kpi> renders every approximation kind and unit', () => {
  // A fact whose metric names no noun of its own, so that each unit's own word shows.
  const base = ds.data.facts.find((f) => ds.metric(f.metric).ok && !ds.metrics().find((m) => m.id === f.metric)!.noun)!;
  const dataset = datasetCopy();
  const cases: Fact[] = [];
  for (const unit of UNITS) {
    for (const approx of APPROXIMATIONS) {
      const quantity = { value: 12345, unit, approx, text: 'x', ...(approx === 'range' ? { max: 23456 } : {}) };
      // The figure as printed stands in the quote at figureStart.
      const fact = { ...structuredClone(base), id: `probe.${unit}.${approx}`, quantity, source: { ...base.source, quote: 'x', figureStart: 0 } };
      cases.push(fact as Fact);
    }
  }
  dataset.facts.push(...cases);
  let src = '';
  before(() => {
    src = serve(dataset);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`in ${locale}`, async () => {
      for (const fact of cases) {
        const el = await setup<UnionKpi>(html`<union-kpi src=${src} fact=${fact.id} lang=${locale}></union-kpi>`);
        const expected = formatQuantity(fact.quantity, { locale }).replace(/\s+/g, '');
        expect(visibleValue(el), fact.id).to.equal(expected);
        expect(part(el, 'value').textContent, fact.id).to.contain(speakQuantity(fact.quantity, { locale }));
      }
    });
  }
});

describe('<union-kpi> bad input', () => {
  it('an unknown fact: a visible, localised error and one warning naming the attribute', async () => {
    let el!: UnionKpi;
    const warnings = await captureWarnings(async () => {
      el = await setup<UnionKpi>(html`<union-kpi fact="yiwu-2020.no-such-thing"></union-kpi>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    const error = part(el, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('找不到数据项“yiwu-2020.no-such-thing”');
    expect(warnings.filter((w) => w.includes('attribute "fact"'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('an unknown fact in en', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact="nope" lang="en"></union-kpi>`);
    expect(part(el, 'error').textContent).to.contain('No fact “nope”');
  });

  it('missing attributes', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await setup<UnionKpi>(html`<union-kpi></union-kpi>`);
      expect(part(el, 'error').textContent).to.contain('缺少属性');
      const half = await setup<UnionKpi>(html`<union-kpi metric=${headline.metric} lang="en"></union-kpi>`);
      expect(part(half, 'error').textContent).to.contain('Missing attribute “region”');
    });
    expect(warnings.some((w) => w.includes('"fact" or "metric + region"'))).to.equal(true);
  });

  it('an unknown region or metric names the attribute', async () => {
    const warnings = await captureWarnings(async () => {
      await setup(html`<union-kpi metric=${headline.metric} region="Atlantis"></union-kpi>`);
      await setup(html`<union-kpi metric="no.metric" region="义乌市"></union-kpi>`);
    });
    expect(warnings.some((w) => w.includes('attribute "region"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('attribute "metric"'))).to.equal(true);
  });

  it('an invalid lang falls back to zh-CN and warns once', async () => {
    let el!: UnionKpi;
    const warnings = await captureWarnings(async () => {
      el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id} lang="xx-invalid"></union-kpi>`);
    });
    expect(part(el, 'meta').textContent).to.contain('义乌市总工会');
    expect(warnings.filter((w) => w.includes('attribute "lang"'))).to.have.length(1);
  });

  it('an invalid size or notation falls back and warns', async () => {
    let el!: UnionKpi;
    const warnings = await captureWarnings(async () => {
      el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id} size="huge" notation="roman"></union-kpi>`);
    });
    expect(part(el, 'card').classList.contains('size-m')).to.equal(true);
    expect(warnings.some((w) => w.includes('attribute "size"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('attribute "notation"'))).to.equal(true);
  });
});

describe('<union-kpi> source popover', () => {
  it('opens with Enter, shows the quote with the figure marked, closes with Esc and returns focus', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id}></union-kpi>`);
    const button = part(el, 'source-button');
    const popover = part(el, 'source-popover');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    // The content's code loads the first time a popover opens; the card's update waits for it.
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(popover.querySelector('mark')!.textContent).to.equal(headline.quantity.text);
    expect(popover.textContent).to.contain(ds.report(headline.report).ok ? '勇担新使命' : '');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await new Promise((r) => setTimeout(r, 50));
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('stays inside the viewport at the page edge', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="position: fixed; right: 0; bottom: 0; width: 180px"><union-kpi fact=${headline.id}></union-kpi></div>`,
    );
    const el = wrapper.querySelector('union-kpi')!;
    await waitUntil(() => settled(el));
    part(el, 'source-button').click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const box = part(el, 'source-popover').getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });
});

describe('<union-kpi> themes', () => {
  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id} theme=${theme}></union-kpi>`);
      await expect(el).to.be.accessible();
      const error = await setup<UnionKpi>(html`<union-kpi fact="nope" theme=${theme}></union-kpi>`);
      await expect(error).to.be.accessible();
    });
  }

  it('dark theme changes the card colours', async () => {
    const light = await setup<UnionKpi>(html`<union-kpi fact=${headline.id} theme="light"></union-kpi>`);
    const dark = await setup<UnionKpi>(html`<union-kpi fact=${headline.id} theme="dark"></union-kpi>`);
    const bg = (el: UnionKpi) => getComputedStyle(part(el, 'card')).backgroundColor;
    expect(bg(light)).not.to.equal(bg(dark));
  });
});

describe('define()', () => {
  it('does nothing when the tag is already taken, as by a second copy of the library', () => {
    const first = customElements.get('union-kpi');
    expect(() => define('union-kpi', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('union-kpi')).to.equal(first);
  });
});

describe('<union-kpi> light-DOM fallback', () => {
  it('keeps the fallback text in the light DOM and does not show it once upgraded', async () => {
    const el = await setup<UnionKpi>(html`<union-kpi fact=${headline.id}>疗休养 32677 名</union-kpi>`);
    expect(el.textContent).to.contain('32677');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    const range = document.createRange();
    range.selectNodeContents(el);
    expect(range.getClientRects().length, 'the fallback text is not laid out').to.equal(0);
  });
});
