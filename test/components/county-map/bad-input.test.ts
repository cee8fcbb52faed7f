import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import topo from '../../../data/geo/zhejiang.topo.json';
import '../../../src/define/union-county-map.js';
import type { UnionCountyMap } from '../../../src/components/county-map/union-county-map.js';
import { captureWarnings, datasetCopy, serve, setup } from '../setup.js';

const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]');
const copy = () => JSON.parse(JSON.stringify(topo));

/** Renders a map in zh and en; expects the error state in both and one warning naming the attribute. */
async function expectProblem(template: (lang: string) => TemplateResult, attribute: string, zh: string, en: string): Promise<void> {
  const warnings = await captureWarnings(async () => {
    const el = await setup<UnionCountyMap>(template('zh-CN'));
    expect(error(el)?.getAttribute('role')).to.equal('alert');
    expect(error(el)!.textContent).to.contain(zh);
    expect(el.shadowRoot!.querySelector('svg.map')).to.equal(null);
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
  });
  expect(warnings.filter((w) => w.startsWith('<union-county-map>') && w.includes(`"${attribute}"`)), warnings.join('\n')).to.have.length(1);
  const el = await setup<UnionCountyMap>(template('en'));
  expect(error(el)!.textContent).to.contain(en);
}

describe('<union-county-map> bad input', () => {
  it('an unknown focus', () =>
    expectProblem((lang) => html`<union-county-map focus="Atlantis" lang=${lang}></union-county-map>`, 'focus', '找不到地区“Atlantis”', 'Atlantis'));

  it('an unknown metric', () =>
    expectProblem((lang) => html`<union-county-map metric="honours.no-such" lang=${lang}></union-county-map>`, 'metric', '找不到指标“honours.no-such”', 'honours.no-such'));

  it('a geo-src that 404s', () =>
    expectProblem((lang) => html`<union-county-map geo-src="/test-data/missing.json?key=geo404" lang=${lang}></union-county-map>`, 'geo-src', 'HTTP 404', 'HTTP 404'));

  it('a geo-src that answered 500 once is asked again by the next map', async () => {
    // A key of its own per run: both browsers share the test server's counter.
    const url = `/test-data/flaky-topo?key=geo-flaky-${Math.random().toString(36).slice(2)}`;
    const first = await setup<UnionCountyMap>(html`<union-county-map geo-src=${url} lang="en"></union-county-map>`);
    expect(error(first)!.textContent).to.contain('HTTP 500');
    const second = await setup<UnionCountyMap>(html`<union-county-map geo-src=${url} lang="en"></union-county-map>`);
    expect(error(second)?.textContent ?? null).to.equal(null);
    expect(second.shadowRoot!.querySelectorAll('svg.map path').length).to.be.above(80);
  });

  it('a geo-src that is not TopoJSON', async () => {
    await expectProblem((lang) => html`<union-county-map geo-src="/test-data/not-json.json?key=geo-json" lang=${lang}></union-county-map>`, 'geo-src', '不是 TopoJSON', 'Not TopoJSON');
    const geojson = serve({ type: 'FeatureCollection', features: [] });
    await expectProblem((lang) => html`<union-county-map geo-src=${geojson} lang=${lang}></union-county-map>`, 'geo-src', '不是 TopoJSON', 'Not TopoJSON');
  });

  it('a geo-src without the prefecture layer', () => {
    const t = copy();
    delete t.objects.prefectures;
    const url = serve(t);
    return expectProblem((lang) => html`<union-county-map geo-src=${url} lang=${lang}></union-county-map>`, 'geo-src', '缺少图层“prefectures”', 'No layer “prefectures”');
  });

  it('a geo-src whose features lack codes', () => {
    const t = copy();
    t.objects.counties.geometries[5].properties = { name: '无名' };
    const url = serve(t);
    return expectProblem((lang) => html`<union-county-map geo-src=${url} lang=${lang}></union-county-map>`, 'geo-src', '第 6 个要素缺少六位行政区划代码', 'Feature 6 of layer “counties” has no six-digit code');
  });

  it('a user dataset whose regions the boundaries lack', () => {
    const data = datasetCopy();
    data.regions.push(
      { code: '320000', zh: '江苏省', en: 'Jiangsu', level: 'province' },
      { code: '320500', zh: '苏州市', en: 'Suzhou', level: 'prefecture', parent: '320000' },
      { code: '320582', zh: '张家港市', en: 'Zhangjiagang', level: 'county', parent: '320500' },
    );
    data.reports[1]!.region = '320582';
    const url = serve(data);
    return expectProblem((lang) => html`<union-county-map src=${url} lang=${lang}></union-county-map>`, 'src', '数据中的地区 320500、320582 不在地图边界中', "lack the dataset's regions 320500, 320582");
  });

  it('a fact on a region the boundaries lack by vintage shows in the list, with a note', async () => {
    const data = datasetCopy();
    data.regions.push({ code: '330113', zh: '临平区', en: 'Linping', level: 'county', parent: '330100' });
    data.reports[1]!.region = '330113';
    for (const f of data.facts.filter((f) => f.report === data.reports[1]!.id)) f.region = '330113';
    const el = await setup<UnionCountyMap>(html`<union-county-map src=${serve(data)}></union-county-map>`);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain('临平区').and.contain('约2016年');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const row = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].find((r) => r.textContent!.includes('临平区'));
    expect(row!.textContent).to.contain('仅在列表中显示');
  });
});
