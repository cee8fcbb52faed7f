import { expect, fixture, html } from '@open-wc/testing';
import { renderDataTable } from '../../../src/components/base/data-table.js';
import { chartBaseStyles, chartTokens } from '../../../src/components/base/chart-tokens.styles.js';
import { tokens } from '../../../src/components/base/tokens.styles.js';
import { embeddedDataset } from '../../../src/dataset/index.js';
import { markRecord } from '../../../src/components/base/mark-record.js';
import { recordsOf } from './records.js';

const headers = (table: Element) => [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());

/** Records of one metric across every report that states it: a region, a report and a period per row. */
function acrossReports(metric: string, locale: 'zh-CN' | 'en') {
  const ds = embeddedDataset();
  const found = ds.metric(metric);
  // Labelled as a chart across reports labels its bars: the metric, then the region.
  return ds.facts({ metric }).map((f) => {
    const region = ds.region(f.region);
    const name = found.ok ? (locale === 'en' ? found.value.en : found.value.zh) : metric;
    return markRecord(f, `${name} · ${region.ok ? (locale === 'en' ? region.value.en : region.value.zh) : f.region}`, ds, locale);
  });
}

describe('renderDataTable', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`shows every mark as a row with headers, the value as written and spoken (${locale})`, async () => {
      const records = recordsOf('wuyi-five-year', locale);
      const el = await fixture(html`<div>${renderDataTable('武义', records, locale)}</div>`);
      const table = el.querySelector('table')!;
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.length).to.equal(records.length);
      rows.forEach((row, i) => {
        expect(row.querySelector('th[scope="row"]')!.textContent!.trim()).to.equal(records[i]!.label);
        expect(row.querySelector('td')!.textContent).to.contain(records[i]!.display);
        expect(row.querySelector('td')!.textContent).to.contain(records[i]!.spoken);
      });
      await expect(el).to.be.accessible();
    });
  }

  it('says a column that is the same on every row once, under the caption', async () => {
    const records = recordsOf('wuyi-five-year', 'zh-CN');
    const el = await fixture(html`<div>${renderDataTable('武义', records, 'zh-CN')}</div>`);
    const table = el.querySelector('table')!;
    expect(headers(table)).to.not.include('报告');
    expect(headers(table)).to.not.include('地区');
    const context = table.querySelector('caption .table-context')!.textContent!;
    expect(context).to.contain(`地区：${records[0]!.region}`).and.contain(`报告：${records[0]!.report}`);
    expect(table.querySelectorAll('tbody td').length).to.equal(records.length * (headers(table).length - 1));
  });

  it('keeps a column per region, report and period when the rows differ in them', async () => {
    const records = acrossReports('honours.craftsmen.prefecture', 'en');
    expect(new Set(records.map((r) => r.report)).size).to.be.greaterThan(1);
    const el = await fixture(html`<div>${renderDataTable('Craftsmen', records, 'en')}</div>`);
    expect(headers(el.querySelector('table')!)).to.deep.equal(['Label', 'Value', 'Period', 'Region', 'Report']);
  });

  it('shows the figure as printed where the value rounds it', async () => {
    const ds = embeddedDataset();
    const fact = ds.facts({ report: 'yiwu-2020' }).find((f) => f.quantity.text === '32677名')!;
    const el = await fixture(html`<div>${renderDataTable('义乌', [markRecord(fact, '疗休养', ds, 'zh-CN'), ...recordsOf('yiwu-2020').slice(0, 1)], 'zh-CN')}</div>`);
    const cell = el.querySelector('tbody td.numeric')!;
    expect(cell.textContent).to.contain('3.27万名').and.contain('原文写法：32677名');
  });

  it('fits a phone: no cell a character wide, no word broken, and the table scrolls in its own box', async () => {
    const records = acrossReports('honours.craftsmen.prefecture', 'en');
    const host = await fixture<HTMLDivElement>(html`<div style="width: 343px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    // Inside the widgets' frame, whose overflow-wrap: anywhere broke words in cells before.
    root.adoptedStyleSheets = [tokens.styleSheet!, chartTokens.styleSheet!, chartBaseStyles.styleSheet!];
    const { render } = await import('lit');
    render(html`<div class="frame">${renderDataTable('Master craftsmen (prefecture)', records, 'en')}</div>`, root);
    const box = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(box.getBoundingClientRect().width).to.be.at.most(343);
    expect(box.getAttribute('tabindex')).to.equal('0');
    // A cell is as tall as its row: count the lines of its text instead.
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    for (const cell of root.querySelectorAll('td.period, td.region')) expect(lines(cell), `“${cell.textContent}” on one line`).to.equal(1);
    // An English label breaks between words only: each word stays on one line.
    let words = 0;
    for (const header of root.querySelectorAll('tbody th')) {
      // Lit's markers are comments beside the text: find the text node itself.
      const text = [...header.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!;
      const content = text.textContent!;
      const range = document.createRange();
      let at = 0;
      for (const word of content.split(' ')) {
        const start = content.indexOf(word, at);
        at = start + word.length;
        if (!word) continue;
        range.setStart(text, start);
        range.setEnd(text, at);
        expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, `“${word}” unbroken`).to.equal(1);
        words += 1;
      }
    }
    expect(words, 'words checked').to.be.greaterThan(10);
  });
});
