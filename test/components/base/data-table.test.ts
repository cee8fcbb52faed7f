import { expect, fixture, html } from '@open-wc/testing';
import { renderDataTable } from '../../../src/components/base/data-table.js';
import { recordsOf } from './records.js';

describe('renderDataTable', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`shows every mark as a row with headers (${locale})`, async () => {
      const records = recordsOf('wuyi-five-year', locale);
      const el = await fixture(html`<div>${renderDataTable('武义', records, locale)}</div>`);
      const table = el.querySelector('table')!;
      expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(5);
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
});
