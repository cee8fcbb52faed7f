import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { APPROXIMATIONS, UNITS, type Quantity } from '../../src/dataset/types.js';
import { formatQuantity, formatQuantityParts, LOCALES, NOTATIONS, speakQuantity, type FormatOptions } from '../../src/format/index.js';

const ALL_OPTIONS: FormatOptions[] = LOCALES.flatMap((locale) => NOTATIONS.map((notation) => ({ locale, notation })));
const BAD = /undefined|NaN|null|Infinity|\[object/;

describe('every unit × approximation, both locales and notations', () => {
  for (const options of ALL_OPTIONS) {
    it(`${options.locale} ${options.notation}: a figure with a digit, parts that join to it, the qualifier shown`, () => {
      for (const unit of UNITS) {
        for (const approx of APPROXIMATIONS) {
          const quantity: Quantity = { value: 12345, unit, approx, text: '', ...(approx === 'range' ? { max: 23456 } : {}) };
          const label = `${unit} ${approx}`;
          const text = formatQuantity(quantity, options);
          const parts = formatQuantityParts(quantity, options);
          expect(text, label).to.match(/\d/);
          expect(text, label).not.to.match(BAD);
          expect(Object.values(parts).join(''), label).to.equal(text);
          if (approx === 'over' || approx === 'nearly' || approx === 'about') {
            expect(parts.qualifierBefore + parts.qualifierAfter + parts.qualifierEnd, label).not.to.equal('');
          }
          if (approx === 'range') expect(text, label).to.match(/[—–]/);
          const spoken = speakQuantity(quantity, options);
          expect(spoken, label).to.match(/\d/);
          expect(spoken, label).not.to.match(BAD);
        }
      }
    });
  }

  it('gives every unit its own word in each locale', () => {
    for (const unit of UNITS) {
      if (unit === 'none') continue;
      const quantity: Quantity = { value: 3, unit, approx: 'exact', text: '' };
      expect(formatQuantity(quantity, { locale: 'zh-CN' }), unit).to.match(/^3\D+$/);
      expect(formatQuantity(quantity, { locale: 'en' }), unit).to.match(/^(¥3|3( [a-z-]+|%))$/);
    }
    expect(formatQuantity({ value: 3, unit: 'none', approx: 'exact', text: '' }, { locale: 'zh-CN' })).to.equal('3');
    expect(formatQuantity({ value: 3, unit: 'none', approx: 'exact', text: '' }, { locale: 'en' })).to.equal('3');
  });
});

describe('values the reports never print', () => {
  const one = (value: number, max?: number): Quantity => ({ value, unit: 'yuan', approx: max === undefined ? 'over' : 'range', text: '', ...(max === undefined ? {} : { max }) });

  it('write a negative value with a minus sign, before the ¥ in en', () => {
    expect(formatQuantity(one(-8e7), { locale: 'zh-CN' })).to.equal('超-8000万元');
    expect(formatQuantity(one(-8e7), { locale: 'en' })).to.equal('over -¥80 million');
    expect(speakQuantity(one(-8e7), { locale: 'en' })).to.equal('over minus 80 million yuan');
    expect(speakQuantity(one(-8e7), { locale: 'zh-CN' })).to.equal('超过负8000万元');
  });

  it('write no minus sign for a value that rounds to zero', () => {
    expect(formatQuantity({ ...one(-0.001), approx: 'exact' }, { locale: 'zh-CN' })).to.equal('0元');
    expect(formatQuantity({ ...one(-0.001), approx: 'nearly' }, { locale: 'zh-CN' })).to.equal('近0元');
    // "Over −0.001" is not "over 0": its magnitude rounds up, and keeps its sign.
    expect(formatQuantity(one(-0.001), { locale: 'zh-CN' })).to.equal('超-0.01元');
    expect(formatQuantity({ value: -0, unit: 'person', approx: 'exact', text: '' }, { locale: 'en' })).to.equal('0 people');
  });

  it('write ? for a value that is not a finite number', () => {
    expect(formatQuantity(one(NaN), { locale: 'zh-CN' })).to.equal('超?元');
    expect(formatQuantity(one(Infinity), { locale: 'en' })).to.equal('over ¥?');
    expect(formatQuantity(one(10, NaN), { locale: 'zh-CN' })).to.equal('10—?元');
    expect(speakQuantity(one(NaN), { locale: 'zh-CN' })).to.equal('超过未知元');
    expect(speakQuantity(one(-Infinity), { locale: 'en' })).to.equal('over unknown yuan');
  });

  it('choose the scale after rounding', () => {
    const person = (value: number): Quantity => ({ value, unit: 'person', approx: 'exact', text: '' });
    expect(formatQuantity(person(99_999_999), { locale: 'zh-CN' })).to.equal('1亿名');
    expect(formatQuantity(person(9999.999), { locale: 'zh-CN' })).to.equal('1万名');
    expect(formatQuantity(person(999_999_999), { locale: 'en' })).to.equal('1 billion people');
    expect(formatQuantity(person(1.5e12), { locale: 'zh-CN' })).to.equal('1.5万亿名');
    expect(formatQuantity(person(1.5e12), { locale: 'en' })).to.equal('1.5 trillion people');
  });

  it('never scale a percentage', () => {
    const percent: Quantity = { value: 12345, unit: 'percent', approx: 'exact', text: '' };
    expect(formatQuantity(percent, { locale: 'zh-CN' })).to.equal('12345%');
    expect(formatQuantity({ ...percent, value: 2e6 }, { locale: 'en' })).to.equal('2,000,000%');
  });

  it('write huge and tiny values in digits, never in exponent notation', () => {
    const text = formatQuantity({ value: 1e30, unit: 'none', approx: 'exact', text: '' }, { locale: 'zh-CN' });
    expect(text).to.match(/^\d+万亿$/);
    expect(formatQuantity({ value: 1e-9, unit: 'none', approx: 'exact', text: '' }, { locale: 'en' })).to.equal('0');
    expect(formatQuantity({ value: Number.MAX_VALUE, unit: 'none', approx: 'exact', text: '' }, { locale: 'en', notation: 'full' })).not.to.match(/e|\?/);
  });
});

describe('property: formatting never throws and never prints NaN or undefined', () => {
  const quantity = fc.record(
    {
      value: fc.double(),
      max: fc.double(),
      unit: fc.constantFrom(...UNITS),
      approx: fc.constantFrom(...APPROXIMATIONS),
      qualifier: fc.oneof(fc.constantFrom('余', '多', '以上', '左右', '超', '超过', '逾', '近', '将近', '约', '数'), fc.string()),
      text: fc.string(),
    },
    { requiredKeys: ['value', 'unit', 'approx', 'text'] },
  );
  const options = fc.constantFrom(...ALL_OPTIONS);

  it('for any value, unit, approximation, qualifier and printed text', () => {
    fc.assert(
      fc.property(quantity, options, (q, opts) => {
        const shown = formatQuantity(q, opts);
        const spoken = speakQuantity(q, opts);
        const parts = formatQuantityParts(q, opts);
        return shown !== '' && spoken !== '' && !/undefined|NaN/.test(shown + spoken) && Object.values(parts).join('') === shown;
      }),
      { numRuns: 2000 },
    );
  });
});
