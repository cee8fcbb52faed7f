import { expect } from '@open-wc/testing';
import { marksToCsv } from '../../../src/components/base/csv.js';
import { recordsOf } from './records.js';

/** A small RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    } else cell += c;
  }
  return rows;
}

describe('marksToCsv', () => {
  const records = recordsOf('jinhua-five-year');

  it('starts with a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array(await new Blob([marksToCsv(records, 'zh-CN')]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('writes a header and one row per mark, with the quote, in the nine columns', () => {
    const rows = parseCsv(marksToCsv(records, 'en').slice(1));
    expect(rows[0]).to.deep.equal(['Label', 'Value', 'Unit', 'Approximation', 'As printed', 'Period', 'Region', 'Report', 'Quote']);
    expect(rows.length).to.equal(records.length + 1);
    records.forEach((r, i) => {
      expect(rows[i + 1]).to.deep.equal([r.label, String(r.value), r.unit, r.approx, r.text, r.period, r.region, r.report, r.quote]);
    });
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const tricky = { ...records[0]!, label: 'a, "b"\nc' };
    const rows = parseCsv(marksToCsv([tricky], 'zh-CN').slice(1));
    expect(rows[1]![0]).to.equal('a, "b"\nc');
    expect(rows[0]![0]).to.equal('项目');
  });
});
