import { expect } from '@open-wc/testing';
import { parseQuantity } from '../../src/pipeline/quantity.js';
import type { Quantity } from '../../src/dataset/types.js';
import { formatQuantity, formatQuantityParts, speakQuantity, type FormatOptions } from '../../src/format/index.js';

/** A quantity as the parser reads the printed figure, so the tables start from the reports. */
const q = (text: string): Quantity => {
  const quantity = parseQuantity(text);
  if (!quantity) throw new Error(`no quantity in ${text}`);
  return quantity;
};
const zh: FormatOptions = { locale: 'zh-CN' };
const zhFull: FormatOptions = { locale: 'zh-CN', notation: 'full' };
const en: FormatOptions = { locale: 'en' };
const enFull: FormatOptions = { locale: 'en', notation: 'full' };

/** printed → [zh compact, zh full, en compact, en full]. */
const TABLE: [string, string, string, string, string][] = [
  ['32677名', '3.27万名', '32,677名', '32,677 people', '32,677 people'],
  ['8000余万元', '8000余万元', '80,000,000余元', 'over ¥80 million', 'over ¥80,000,000'],
  ['近1000万元', '近1000万元', '近10,000,000元', 'nearly ¥10 million', 'nearly ¥10,000,000'],
  ['超100万人(次)', '超100万人次', '超1,000,000人次', 'over 1 million person-times', 'over 1,000,000 person-times'],
  ['10%—18%', '10%—18%', '10%—18%', '10%–18%', '10%–18%'],
  ['90%以上', '90%以上', '90%以上', 'over 90%', 'over 90%'],
  ['约3500人', '约3500人', '约3,500人', 'about 3,500 people', 'about 3,500 people'],
  ['100人左右', '100人左右', '100人左右', 'about 100 people', 'about 100 people'],
  ['2069家', '2069家', '2,069家', '2,069 organisations', '2,069 organisations'],
  ['1名', '1名', '1名', '1 person', '1 person'],
  ['166万元', '166万元', '1,660,000元', '¥1.66 million', '¥1,660,000'],
  ['3.76亿元', '3.76亿元', '376,000,000元', '¥376 million', '¥376,000,000'],
  ['133.59万人', '133.59万人', '1,335,900人', '1.34 million people', '1,335,900 people'],
  ['53800余人次', '5.38万余人次', '53,800余人次', 'over 53,800 person-times', 'over 53,800 person-times'],
  ['2万余场(次)', '2万余场次', '20,000余场次', 'over 20,000 events', 'over 20,000 events'],
  ['20场', '20场', '20场', '20 events', '20 events'],
  ['6人', '6人', '6人', '6 people', '6 people'],
  ['3批', '3批', '3批', '3 batches', '3 batches'],
  ['数十家', '数十家', '数十家', 'dozens of organisations', 'dozens of organisations'],
  ['12.5%', '12.5%', '12.5%', '12.5%', '12.5%'],
];

describe('formatQuantity: the reports’ figures in both locales and notations', () => {
  for (const [printed, zhCompact, zhFullText, enCompact, enFullText] of TABLE) {
    it(`${printed} → ${zhCompact} | ${zhFullText} | ${enCompact} | ${enFullText}`, () => {
      expect(formatQuantity(q(printed), zh)).to.equal(zhCompact);
      expect(formatQuantity(q(printed), zhFull)).to.equal(zhFullText);
      expect(formatQuantity(q(printed), en)).to.equal(enCompact);
      expect(formatQuantity(q(printed), enFull)).to.equal(enFullText);
    });
  }

  it('defaults to compact notation', () => {
    expect(formatQuantity(q('32677名'), { locale: 'zh-CN' })).to.equal(formatQuantity(q('32677名'), { locale: 'zh-CN', notation: 'compact' }));
  });
});

/** printed → [zh spoken, zh full spoken, en spoken, en full spoken]. */
const SPOKEN: [string, string, string, string, string][] = [
  ['超100万人(次)', '超过100万人次', '超过1000000人次', 'over 1 million person-times', 'over 1,000,000 person-times'],
  ['8000余万元', '8000余万元', '80000000余元', 'over 80 million yuan', 'over 80,000,000 yuan'],
  ['近1000万元', '近1000万元', '近10000000元', 'nearly 10 million yuan', 'nearly 10,000,000 yuan'],
  ['10%—18%', '10%至18%', '10%至18%', 'from 10 to 18 percent', 'from 10 to 18 percent'],
  ['90%以上', '90%以上', '90%以上', 'over 90 percent', 'over 90 percent'],
  ['32677名', '3.27万名', '32677名', '32,677 people', '32,677 people'],
  ['逾千人', '超过1000人', '超过1000人', 'over 1,000 people', 'over 1,000 people'],
  ['数十家', '数十家', '数十家', 'dozens of organisations', 'dozens of organisations'],
  ['1名', '1名', '1名', '1 person', '1 person'],
];

describe('speakQuantity: words a screen reader says right', () => {
  for (const [printed, zhCompact, zhFullText, enCompact, enFullText] of SPOKEN) {
    it(`${printed} → ${zhCompact} | ${zhFullText} | ${enCompact} | ${enFullText}`, () => {
      expect(speakQuantity(q(printed), zh)).to.equal(zhCompact);
      expect(speakQuantity(q(printed), zhFull)).to.equal(zhFullText);
      expect(speakQuantity(q(printed), en)).to.equal(enCompact);
      expect(speakQuantity(q(printed), enFull)).to.equal(enFullText);
    });
  }

  it('holds no ¥, % sign in en, nor dash in either locale', () => {
    for (const [printed] of [...TABLE, ...SPOKEN]) {
      expect(speakQuantity(q(printed), en), printed).not.to.match(/[¥%–—]/);
      expect(speakQuantity(q(printed), zh), printed).not.to.match(/[—–]/);
    }
  });
});

describe('formatQuantityParts', () => {
  it('cuts the figure where a widget styles it', () => {
    expect(formatQuantityParts(q('8000余万元'), zh)).to.deep.equal({ qualifierBefore: '', number: '8000', qualifierAfter: '余', unit: '万元', qualifierEnd: '' });
    expect(formatQuantityParts(q('53800余人次'), zh)).to.deep.equal({ qualifierBefore: '', number: '5.38万', qualifierAfter: '余', unit: '人次', qualifierEnd: '' });
    expect(formatQuantityParts(q('90%以上'), zh)).to.deep.equal({ qualifierBefore: '', number: '90', qualifierAfter: '', unit: '%', qualifierEnd: '以上' });
    expect(formatQuantityParts(q('近1000万元'), en)).to.deep.equal({ qualifierBefore: 'nearly ', number: '¥10 million', qualifierAfter: '', unit: '', qualifierEnd: '' });
    expect(formatQuantityParts(q('133.59万人'), en)).to.deep.equal({ qualifierBefore: '', number: '1.34 million', qualifierAfter: '', unit: ' people', qualifierEnd: '' });
  });
});
