import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { writeDigits } from '../../src/format/digits.js';
import { formatQuantity } from '../../src/format/index.js';

// The browser's own Intl.NumberFormat is the yardstick: writeDigits must write what it
// writes, in Chromium and in Firefox, without paying for it.
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });

describe('writeDigits', () => {
  it('writes what Intl.NumberFormat writes, rounding halves up on the shortest decimal form', () => {
    for (const value of [0, 0.005, 0.015, 1.005, 2.675, 0.125, 9999.995, 99.995, 1234.5, 1e-7, 5e-324, 1e21, 1.2345678901234567e25, Number.MAX_VALUE]) {
      expect(writeDigits(value, true), String(value)).to.equal(grouped.format(value));
      expect(writeDigits(value, false), String(value)).to.equal(plain.format(value));
    }
  });

  it('agrees with Intl.NumberFormat on any finite number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(writeDigits(value, true)).to.equal(grouped.format(value));
        expect(writeDigits(value, false)).to.equal(plain.format(value));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const value = whole + thousandths / 1000;
        expect(writeDigits(value, true)).to.equal(grouped.format(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('is what figures are written with: no Intl.NumberFormat, whose first use costs a page about 45 ms', () => {
    const original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made += 1;
      return new original(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      const text = formatQuantity({ value: 32677, unit: 'person', approx: 'exact', text: '32677名' }, { locale: 'zh-CN' });
      expect(text).to.equal('3.27万名');
      formatQuantity({ value: 1234567, unit: 'yuan', approx: 'over', text: '' }, { locale: 'en', notation: 'full' });
    } finally {
      Intl.NumberFormat = original;
    }
    expect(made).to.equal(0);
  });
});
