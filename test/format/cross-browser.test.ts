import { expect } from '@open-wc/testing';
import { APPROXIMATIONS, UNITS, type Quantity } from '../../src/dataset/types.js';
import { formatQuantity, LOCALES, NOTATIONS, speakQuantity } from '../../src/format/index.js';

const VALUES = [0, 1, 2, 12.5, 2069, 9999, 12345, 32677, 1_335_900, 8e7, 99_999_999, 3.76e8, 1.5e12, -42, NaN];

/** Every figure of the grid, shown and spoken, one a line. */
function grid(): string {
  const lines: string[] = [];
  for (const value of VALUES) {
    for (const unit of UNITS) {
      for (const approx of APPROXIMATIONS) {
        const q: Quantity = { value, unit, approx, text: '', ...(approx === 'range' ? { max: value * 3 } : {}) };
        for (const locale of LOCALES) {
          for (const notation of NOTATIONS) lines.push(formatQuantity(q, { locale, notation }), speakQuantity(q, { locale, notation }));
        }
      }
    }
  }
  return lines.join('\n');
}

/** FNV-1a over UTF-16 code units: enough to tell two outputs apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

// Chromium and Firefox ship different Intl data; the suite runs in both, and both must give
// this fingerprint. A deliberate change to the format changes it: print grid() and check it,
// then update the fingerprint.
describe('the same strings in every browser', () => {
  it('formats the whole grid of values × units × approximations × locales × notations alike', () => {
    const text = grid();
    expect(text.split('\n')).to.have.length(VALUES.length * UNITS.length * APPROXIMATIONS.length * 8);
    expect(fnv1a(text)).to.equal('5dcec60c');
  });
});
