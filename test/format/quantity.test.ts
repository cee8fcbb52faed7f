import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { APPROXIMATIONS, UNITS, type Quantity } from '../../src/dataset/types.js';
import { parseQuantity } from '../../src/dataset/quantity.js';
import { formatPeriod, formatQuantity, formatQuantityParts, NOTATIONS, resolveLocale, speakQuantity, LOCALES } from '../../src/format/index.js';

const q = (text: string): Quantity => parseQuantity(text)!;

describe('formatQuantity in zh-CN, the reports’ own style', () => {
  const cases: [string, string, string][] = [
    ['32677名', '3.27万名', '32,677名'],
    ['8000余万元', '8000余万元', '80,000,000余元'],
    ['近1000万元', '近1000万元', '近10,000,000元'],
    ['超100万人(次)', '超100万人次', '超1,000,000人次'],
    ['10%—18%', '10%—18%', '10%—18%'],
    ['90%以上', '90%以上', '90%以上'],
    ['2万余场(次)', '2万余场次', '20,000余场次'],
    ['2069家', '2069家', '2,069家'],
    ['53800余人次', '5.38万余人次', '53,800余人次'],
    ['3.76亿元', '3.76亿元', '376,000,000元'],
    ['6人', '6人', '6人'],
    ['数十家', '数十家', '数十家'],
    ['约50人', '约50人', '约50人'],
    ['100人左右', '100人左右', '100人左右'],
  ];
  for (const [printed, compact, full] of cases) {
    it(`${printed} → ${compact} / ${full}`, () => {
      expect(formatQuantity(q(printed), { locale: 'zh-CN' })).to.equal(compact);
      expect(formatQuantity(q(printed), { locale: 'zh-CN', notation: 'full' })).to.equal(full);
    });
  }

  it('uses a default qualifier word when the quantity has none', () => {
    expect(formatQuantity({ value: 5, unit: 'case', approx: 'over', text: '' }, { locale: 'zh-CN' })).to.equal('超5起');
    expect(formatQuantity({ value: 5, unit: 'case', approx: 'nearly', text: '' }, { locale: 'zh-CN' })).to.equal('近5起');
    expect(formatQuantity({ value: 5, unit: 'case', approx: 'about', text: '' }, { locale: 'zh-CN' })).to.equal('约5起');
  });
});

describe('formatQuantity in en', () => {
  const cases: [string, string, string][] = [
    ['32677名', '32,677 people', '32,677 people'],
    ['8000余万元', 'over ¥80 million', 'over ¥80,000,000'],
    ['近1000万元', 'nearly ¥10 million', 'nearly ¥10,000,000'],
    ['超100万人(次)', 'over 1 million person-times', 'over 1,000,000 person-times'],
    ['10%—18%', '10%–18%', '10%–18%'],
    ['90%以上', 'over 90%', 'over 90%'],
    ['133.59万人', '1.34 million people', '1,335,900 people'],
    ['1名', '1 person', '1 person'],
    ['3.76亿元', '¥376 million', '¥376,000,000'],
    ['数十家', 'dozens of organisations', 'dozens of organisations'],
  ];
  for (const [printed, compact, full] of cases) {
    it(`${printed} → ${compact} / ${full}`, () => {
      expect(formatQuantity(q(printed), { locale: 'en' })).to.equal(compact);
      expect(formatQuantity(q(printed), { locale: 'en', notation: 'full' })).to.equal(full);
    });
  }
});

describe('speakQuantity', () => {
  it('says the qualifier in words and no symbol a reader mis-speaks', () => {
    expect(speakQuantity(q('超100万人(次)'), { locale: 'zh-CN' })).to.equal('超过100万人次');
    expect(speakQuantity(q('10%—18%'), { locale: 'zh-CN' })).to.equal('10%至18%');
    expect(speakQuantity(q('8000余万元'), { locale: 'en' })).to.equal('over 80 million yuan');
    expect(speakQuantity(q('10%—18%'), { locale: 'en' })).to.equal('from 10 to 18 percent');
    expect(speakQuantity(q('90%以上'), { locale: 'en' })).to.equal('over 90 percent');
    expect(speakQuantity(q('近1000万元'), { locale: 'en' })).to.equal('nearly 10 million yuan');
  });
});

describe('every unit × approximation × locale × notation', () => {
  for (const locale of LOCALES) {
    for (const notation of NOTATIONS) {
      it(`${locale} ${notation}: a non-empty string, the parts join to it, and the qualifier shows`, () => {
        for (const unit of UNITS) {
          for (const approx of APPROXIMATIONS) {
            const quantity: Quantity = { value: 12345, unit, approx, text: '', ...(approx === 'range' ? { max: 23456 } : {}) };
            const text = formatQuantity(quantity, { locale, notation });
            const parts = formatQuantityParts(quantity, { locale, notation });
            const label = `${unit} ${approx}`;
            expect(text, label).to.match(/\d/);
            expect(Object.values(parts).join(''), label).to.equal(text);
            expect(text, label).not.to.match(/undefined|NaN/);
            if (approx !== 'exact' && approx !== 'range') expect(parts.qualifierBefore + parts.qualifierAfter + parts.qualifierEnd, label).not.to.equal('');
            if (approx === 'range') expect(text, label).to.match(/[—–]/);
            expect(speakQuantity(quantity, { locale, notation }), label).not.to.match(/undefined|NaN|^$/);
          }
        }
      });
    }
  }

  it('never throws, nor prints NaN or undefined, for any value', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: false }),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...APPROXIMATIONS),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...NOTATIONS),
        (value, unit, approx, locale, notation) => {
          const text = formatQuantity({ value: Number.isFinite(value) ? value : 0, unit, approx, text: '' }, { locale, notation });
          return !/undefined|NaN/.test(text);
        },
      ),
    );
  });
});

describe('formatPeriod and resolveLocale', () => {
  it('writes periods per locale', () => {
    expect(formatPeriod({ start: '2020', end: '2020' }, 'zh-CN')).to.equal('2020年');
    expect(formatPeriod({ start: '2018', end: '2023' }, 'zh-CN')).to.equal('2018—2023年');
    expect(formatPeriod({ start: '2018', end: '2023' }, 'en')).to.equal('2018–2023');
    expect(formatPeriod({ start: '2021-01', end: '2021-02' }, 'zh-CN')).to.equal('2021年1月—2021年2月');
  });

  it('maps language tags to the supported locales', () => {
    expect(resolveLocale('zh')).to.equal('zh-CN');
    expect(resolveLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('fr')).to.equal(undefined);
    expect(resolveLocale('')).to.equal(undefined);
    expect(resolveLocale(null)).to.equal(undefined);
  });
});
