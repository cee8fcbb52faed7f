import { expect } from '@open-wc/testing';
import { marksToCsv } from '../../../src/components/base/marks-csv.js';
import { embeddedDataset } from '../../../src/dataset/index.js';
import type { Locale } from '../../../src/format/locale.js';
import { recordsOf } from './records.js';

/** Every fact's record, so that every unit and approximation the dataset holds is written. */
const everyRecord = (locale: Locale) => embeddedDataset().data.reports.flatMap((r) => recordsOf(r.id, locale));

/** The unit and approximation cells of a CSV, beside the codes of the records they were written from. */
function unitCells(locale: Locale): { unit: string; approx: string; code: string; approxCode: string }[] {
  const records = everyRecord(locale);
  const rows = parseCsv(marksToCsv(records, locale).slice(1)).slice(1);
  return rows.map((row, i) => ({ unit: row[2]!, approx: row[3]!, code: records[i]!.unit, approxCode: records[i]!.approx }));
}

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

type Cells = ReturnType<typeof unitCells>;

/** Code → the distinct words written in the rows of that code, for the unit or the approximation column. */
function wordsOf(cells: Cells, column: 'unit' | 'approx', codes: readonly string[]): Record<string, string[]> {
  const code = (c: Cells[number]) => (column === 'unit' ? c.code : c.approxCode);
  return Object.fromEntries(codes.map((k) => [k, [...new Set(cells.filter((c) => code(c) === k).map((c) => c[column]))]]));
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
      expect(rows[i + 1]!.filter((_, c) => c !== 2 && c !== 3)).to.deep.equal([r.label, String(r.value), r.text, r.period, r.region, r.report, r.quote]);
    });
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const tricky = { ...records[0]!, label: 'a, "b"\nc' };
    const rows = parseCsv(marksToCsv([tricky], 'zh-CN').slice(1));
    expect(rows[1]![0]).to.equal('a, "b"\nc');
    expect(rows[0]![0]).to.equal('项目');
  });

  it('names the unit and the approximation in Chinese in a zh file: no English code is left', () => {
    const cells = unitCells('zh-CN');
    const codes = new Set(cells.flatMap((c) => [c.code, c.approxCode]));
    expect(codes.size, 'the dataset holds several units and approximations').to.be.greaterThan(10);
    const latin = cells.filter((c) => /[A-Za-z]/.test(c.unit + c.approx) || c.unit === '' || c.approx === '');
    expect(latin.map((c) => `${c.unit}/${c.approx}`), 'unit or approximation cells in Latin letters, or empty').to.deep.equal([]);
    expect(wordsOf(cells, 'unit', ['person', 'yuan', 'organisation', 'unit', 'person-time'])).to.deep.equal({ person: ['人'], yuan: ['元'], organisation: ['家'], unit: ['个'], 'person-time': ['人次'] });
    expect(wordsOf(cells, 'approx', ['over', 'exact'])).to.deep.equal({ over: ['超过'], exact: ['确数'] });
  });

  it('names the unit and the approximation in English words in an en file', () => {
    const cells = unitCells('en');
    expect(wordsOf(cells, 'unit', ['person', 'yuan', 'organisation', 'copy'])).to.deep.equal({ person: ['people'], yuan: ['yuan'], organisation: ['organisations'], copy: ['copies'] });
    expect(wordsOf(cells, 'approx', ['over', 'nearly', 'exact'])).to.deep.equal({ over: ['over'], nearly: ['nearly'], exact: ['exact'] });
    expect(cells.filter((c) => /[\u3400-\u9fff]/.test(c.unit + c.approx)).length, 'Chinese in an en file\'s unit cells').to.equal(0);
  });
});
