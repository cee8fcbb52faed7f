import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findQuantities, parseChineseNumeral, parseQuantity } from '../../src/dataset/quantity.js';
import { normalizeReportText } from '../../src/dataset/normalize.js';
import type { Approximation, Unit } from '../../src/dataset/types.js';

type Case = [text: string, value: number, unit: Unit, approx: Approximation, max?: number];

/** Figures as the five reports print them (normalised). */
const REAL_CASES: Case[] = [
  ['32677名', 32677, 'person', 'exact'],
  ['8000余万元', 80_000_000, 'yuan', 'over'],
  ['超100万人(次)', 1_000_000, 'person-time', 'over'],
  ['超120万人(次)', 1_200_000, 'person-time', 'over'],
  ['近1000万元', 10_000_000, 'yuan', 'nearly'],
  ['2万余场(次)', 20_000, 'event', 'over'],
  ['10%—18%', 10, 'percent', 'range', 18],
  ['133.59万人', 1_335_900, 'person', 'exact'],
  ['18.74万人', 187_400, 'person', 'exact'],
  ['3.76亿元', 376_000_000, 'yuan', 'exact'],
  ['百余场', 100, 'event', 'over'],
  ['近万人', 10_000, 'person', 'nearly'],
  ['3批', 3, 'batch', 'exact'],
  ['53800余人次', 53_800, 'person-time', 'over'],
  ['1700余批次', 1700, 'batch', 'over'],
  ['90%以上', 90, 'percent', 'over'],
  ['85%以上', 85, 'percent', 'over'],
  ['4500多万元', 45_000_000, 'yuan', 'over'],
  ['1.1万元', 11_000, 'yuan', 'exact'],
  ['1.1万家', 11_000, 'organisation', 'exact'],
  ['4.4万余人次', 44_000, 'person-time', 'over'],
  ['80多万元', 800_000, 'yuan', 'over'],
  ['3.5万名', 35_000, 'person', 'exact'],
  ['625.18万元', 6_251_800, 'yuan', 'exact'],
  ['51.43万余元', 514_300, 'yuan', 'over'],
  ['166万元', 1_660_000, 'yuan', 'exact'],
  ['200余家', 200, 'organisation', 'over'],
  ['15场次', 15, 'event', 'exact'],
  ['2069家', 2069, 'organisation', 'exact'],
  ['11次', 11, 'time', 'exact'],
  ['20余个', 20, 'unit', 'over'],
  ['2600余份', 2600, 'copy', 'over'],
  ['240余人次', 240, 'person-time', 'over'],
  ['42起', 42, 'case', 'exact'],
  ['109.6万余元', 1_096_000, 'yuan', 'over'],
  ['3件', 3, 'piece', 'exact'],
  ['16.6万余人次', 166_000, 'person-time', 'over'],
  ['200多场次', 200, 'event', 'over'],
  ['3万余名', 30_000, 'person', 'over'],
  ['4万多名', 40_000, 'person', 'over'],
  ['300多家', 300, 'organisation', 'over'],
  ['3200余项', 3200, 'project', 'over'],
  ['超1亿元', 100_000_000, 'yuan', 'over'],
  ['100余万人', 1_000_000, 'person', 'over'],
  ['2316起', 2316, 'case', 'exact'],
  ['335户', 335, 'household', 'exact'],
  ['66.95万元', 669_500, 'yuan', 'exact'],
  ['12辆', 12, 'bus', 'exact'],
  ['3所', 3, 'facility', 'exact'],
  ['3600册', 3600, 'volume', 'exact'],
  ['30条', 30, 'item', 'exact'],
  ['600位', 600, 'person', 'exact'],
  ['52.8%', 52.8, 'percent', 'exact'],
  ['数十家', 10, 'organisation', 'over'],
  ['超200万人次', 2_000_000, 'person-time', 'over'],
  ['9000余人次', 9000, 'person-time', 'over'],
  ['约50人', 50, 'person', 'about'],
  ['100人左右', 100, 'person', 'about'],
  ['将近300名', 300, 'person', 'nearly'],
  ['逾千人', 1000, 'person', 'over'],
  ['超过5000名', 5000, 'person', 'over'],
  ['1,234.5元', 1234.5, 'yuan', 'exact'],
];

describe('parseQuantity: the reports’ own figures', () => {
  for (const [text, value, unit, approx, max] of REAL_CASES) {
    it(`${text} → ${value} ${unit} ${approx}`, () => {
      const q = parseQuantity(text);
      expect(q, text).not.to.equal(undefined);
      expect(q!.value).to.equal(value);
      expect(q!.unit).to.equal(unit);
      expect(q!.approx).to.equal(approx);
      expect(q!.text).to.equal(text);
      expect(q!.max).to.equal(max);
    });
  }

  it('keeps the qualifier as printed', () => {
    expect(parseQuantity('8000余万元')!.qualifier).to.equal('余');
    expect(parseQuantity('超100万人(次)')!.qualifier).to.equal('超');
    expect(parseQuantity('90%以上')!.qualifier).to.equal('以上');
    expect(parseQuantity('32677名')!.qualifier).to.equal(undefined);
  });

  it('refuses what is not exactly one quantity', () => {
    for (const text of ['', '职工', '3名和4名', '名32', '一是']) expect(parseQuantity(text), text).to.equal(undefined);
  });
});

describe('findQuantities', () => {
  it('finds every figure in a sentence, with offsets', () => {
    const text = '疗休养人数32677名，完成率100%，消费额达8000余万元。';
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).to.deep.equal(['32677名', '100%', '8000余万元']);
    for (const q of found) expect(text.slice(q.start, q.end)).to.equal(q.text);
  });

  it('reads two figures printed together: 3批40人, 38%和21%', () => {
    expect(findQuantities('已选树“义乌工匠”3批40人').map((q) => [q.value, q.unit])).to.deep.equal([[3, 'batch'], [40, 'person']]);
    expect(findQuantities('年均增长38%和21%').map((q) => q.value)).to.deep.equal([38, 21]);
  });

  it('flags dates and ordinals', () => {
    const kinds = (t: string) => findQuantities(t).map((q) => [q.text, q.kind]);
    expect(kinds('2019年以来')).to.deep.equal([['2019年', 'date']]);
    expect(kinds('2014年12月')).to.deep.equal([['2014年12月', 'date']]);
    expect(kinds('3月9日，')).to.deep.equal([['3月9日', 'date']]);
    expect(kinds('7月初至9月底')).to.deep.equal([['7月初', 'date'], ['9月底', 'date']]);
    expect(kinds('第一时间')).to.deep.equal([['第一', 'ordinal']]);
    expect(kinds('十七届九次全委')).to.deep.equal([['十七', 'ordinal'], ['九', 'ordinal']]);
    expect(kinds('第12届')).to.deep.equal([['第12', 'ordinal']]);
  });

  it('finds bare Arabic numbers, with unit none', () => {
    expect(findQuantities('“12351”热线').map((q) => [q.value, q.unit])).to.deep.equal([[12351, 'none']]);
    expect(findQuantities('G20峰会').map((q) => q.text)).to.deep.equal(['20']);
  });

  it('does not take Chinese numerals inside words for quantities', () => {
    for (const text of ['一是发挥组织优势', '一方面', '统一', '万众一心', '十九大', '三严三实', '一带一路', '两新组织']) {
      expect(findQuantities(text), text).to.deep.equal([]);
    }
  });

  it('reads 近N年来 as a span of years, not "nearly"', () => {
    const [q] = findQuantities('近3年来');
    expect([q!.value, q!.unit, q!.approx]).to.deep.equal([3, 'year', 'exact']);
  });

  it('tolerates layout spaces and line breaks inside a raw figure', () => {
    expect(findQuantities('消费额达\n625.18 万元').map((q) => q.value)).to.deep.equal([6_251_800]);
    expect(findQuantities('2069\n家').map((q) => [q.value, q.unit])).to.deep.equal([[2069, 'organisation']]);
    expect(findQuantities('8000 余万元').map((q) => q.value)).to.deep.equal([80_000_000]);
  });
});

describe('parseChineseNumeral', () => {
  const cases: [string, number][] = [['一', 1], ['十', 10], ['十七', 17], ['两千三百', 2300], ['百', 100], ['万', 10_000], ['一万二千', 12_000], ['三十万', 300_000], ['一亿', 100_000_000], ['二十一', 21]];
  for (const [numeral, value] of cases) it(`${numeral} → ${value}`, () => expect(parseChineseNumeral(numeral)).to.equal(value));
  it('refuses other characters', () => expect(parseChineseNumeral('十a')).to.equal(undefined));
});

describe('quantity parser properties', () => {
  const units: [string, Unit][] = [['元', 'yuan'], ['名', 'person'], ['人次', 'person-time'], ['家', 'organisation'], ['户', 'household'], ['场次', 'event'], ['起', 'case'], ['项', 'project'], ['个', 'unit'], ['份', 'copy'], ['%', 'percent']];
  const qualifiers: [string, string, Approximation][] = [['', '', 'exact'], ['近', '', 'nearly'], ['约', '', 'about'], ['超', '', 'over'], ['', '余', 'over'], ['', '多', 'over']];

  it('round-trips qualifier + number + measure word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.constantFrom(...units), fc.constantFrom(...qualifiers), (n, [word, unit], [before, after, approx]) => {
        const q = parseQuantity(`${before}${n}${after}${word}`);
        return q !== undefined && q.value === n && q.unit === unit && q.approx === approx;
      }),
    );
  });

  it('multiplies 万 and 亿 exactly, up to two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom<[string, number]>(['万', 10_000], ['亿', 100_000_000]), (whole, cents, [word, factor]) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}${word}元`;
        return parseQuantity(text)!.value === whole * factor + (cents * factor) / 100;
      }),
    );
  });

  it('never throws, and returns ordered, non-overlapping spans that match the text', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%—万亿余多近约超第届年月日元名人次场家个十百千一二两三 \n，。（）(职工'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        const found = findQuantities(text);
        let last = 0;
        for (const q of found) {
          if (q.start < last || q.end <= q.start || text.slice(q.start, q.end) !== q.text || !Number.isFinite(q.value)) return false;
          last = q.end;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findQuantities on the five reports', () => {
  for (const file of ['yiwu-2020', 'yiwu-2018-plenary', 'jinhua-five-year', 'jiande-2020', 'wuyi-five-year']) {
    it(`${file}: every figure found re-parses alone to the same value`, async () => {
      const raw = await (await fetch(`/data/reports/${file}.txt`)).text();
      const { text } = normalizeReportText(raw);
      const found = findQuantities(text);
      expect(found.length).to.be.greaterThan(10);
      for (const q of found.filter((f) => f.kind === 'count')) {
        const alone = parseQuantity(q.text);
        expect(alone?.value, q.text).to.equal(q.value);
        expect(alone?.unit, q.text).to.equal(q.unit);
      }
    });
  }
});
