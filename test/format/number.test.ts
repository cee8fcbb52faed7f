import { expect } from '@open-wc/testing';
import { writeNumber } from '../../src/format/number.js';

// The strings below are the same in Chromium and Firefox: the suite runs in both, so a
// difference in either's Intl data (grouping, minus sign, rounding) fails here first.
describe('writeNumber', () => {
  it('groups full notation with a comma and a hyphen-minus in both locales', () => {
    expect(writeNumber(-1234567.891, 'zh-CN', 'full')).to.deep.equal({ sign: '-', digits: '1,234,567.89', scale: '' });
    expect(writeNumber(-1234567.891, 'en', 'full')).to.deep.equal({ sign: '-', digits: '1,234,567.89', scale: '' });
    expect(new Intl.NumberFormat('zh-CN').format(32677)).to.equal('32,677');
  });

  it('does not group zh compact digits, as the reports do not', () => {
    expect(writeNumber(2069, 'zh-CN', 'compact')).to.deep.equal({ sign: '', digits: '2069', scale: '' });
    expect(writeNumber(8e7, 'zh-CN', 'compact')).to.deep.equal({ sign: '', digits: '8000', scale: '万' });
    expect(writeNumber(2069, 'en', 'compact')).to.deep.equal({ sign: '', digits: '2,069', scale: '' });
  });

  it('keeps at most two decimals and drops trailing zeros', () => {
    expect(writeNumber(32677, 'zh-CN', 'compact').digits).to.equal('3.27');
    expect(writeNumber(30000, 'zh-CN', 'compact').digits).to.equal('3');
    expect(writeNumber(1_335_900, 'en', 'compact').digits).to.equal('1.34');
    expect(writeNumber(12.5, 'en', 'full').digits).to.equal('12.5');
  });

  it('counts in 万 from ten thousand and 亿 from a hundred million; en in words from a million', () => {
    expect(writeNumber(9999, 'zh-CN', 'compact').scale).to.equal('');
    expect(writeNumber(10000, 'zh-CN', 'compact').scale).to.equal('万');
    expect(writeNumber(1e8, 'zh-CN', 'compact').scale).to.equal('亿');
    expect(writeNumber(999_999, 'en', 'compact').scale).to.equal('');
    expect(writeNumber(1e6, 'en', 'compact').scale).to.equal(' million');
    expect(writeNumber(1e9, 'en', 'compact').scale).to.equal(' billion');
  });
});
