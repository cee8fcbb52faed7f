import { expect } from '@open-wc/testing';
import type { Approximation, Quantity, Unit } from '../../src/dataset/types.js';
import { formatQuantity, speakQuantity, type FormatOptions } from '../../src/format/index.js';

const make = (value: number, unit: Unit, approx: Approximation, extra: Partial<Quantity> = {}): Quantity => ({ value, unit, approx, text: '', ...extra });
const zh: FormatOptions = { locale: 'zh-CN' };
const en: FormatOptions = { locale: 'en' };

describe('qualifiers without a printed text', () => {
  it('take the default word of their kind in zh: 超, 近, 约', () => {
    expect(formatQuantity(make(5, 'case', 'over'), zh)).to.equal('超5起');
    expect(formatQuantity(make(5, 'case', 'nearly'), zh)).to.equal('近5起');
    expect(formatQuantity(make(5, 'case', 'about'), zh)).to.equal('约5起');
  });

  it('replace a printed word of another kind by the default', () => {
    expect(formatQuantity(make(5, 'case', 'nearly', { qualifier: '余' }), zh)).to.equal('近5起');
    expect(formatQuantity(make(5, 'case', 'over', { qualifier: '<b>' }), zh)).to.equal('超5起');
  });

  it('are ignored on exact figures and ranges', () => {
    expect(formatQuantity(make(5, 'case', 'exact', { qualifier: '余' }), zh)).to.equal('5起');
    expect(formatQuantity(make(5, 'case', 'exact', { qualifier: '余' }), en)).to.equal('5 cases');
  });

  it('put 余 before 万 after a whole number of two digits or more, after 万 otherwise', () => {
    expect(formatQuantity(make(8e7, 'yuan', 'over', { qualifier: '余' }), zh)).to.equal('8000余万元');
    expect(formatQuantity(make(1e5, 'person', 'over', { qualifier: '余' }), zh)).to.equal('10余万名');
    expect(formatQuantity(make(2e4, 'person', 'over', { qualifier: '余' }), zh)).to.equal('2万余名');
    expect(formatQuantity(make(53800, 'person-time', 'over', { qualifier: '多' }), zh)).to.equal('5.38万多人次');
    expect(formatQuantity(make(3e8, 'yuan', 'over', { qualifier: '余' }), zh)).to.equal('3亿余元');
    expect(formatQuantity(make(800, 'yuan', 'over', { qualifier: '余' }), zh)).to.equal('800余元');
  });

  it('never round past what they claim: an "over" figure is rounded down, a "nearly" one up', () => {
    // 109.6万余元 (yiwu-2020): a little over ¥1,096,000; "over ¥1.1 million" would claim more.
    const over = make(1_096_000, 'yuan', 'over', { qualifier: '余', text: '109.6万余元' });
    expect(formatQuantity(over, en)).to.equal('over ¥1.09 million');
    expect(formatQuantity({ ...over, approx: 'exact', text: '109.6万元' }, en)).to.equal('¥1.1 million');
    expect(formatQuantity(make(32_677, 'person', 'over', { qualifier: '余' }), zh)).to.equal('3.26万余名');
    expect(formatQuantity(make(32_677, 'person', 'exact'), zh)).to.equal('3.27万名');
    expect(formatQuantity(make(1_234_100, 'person', 'nearly'), en)).to.equal('nearly 1.24 million people');
    expect(formatQuantity(make(1_230_000, 'person', 'nearly'), en)).to.equal('nearly 1.23 million people');
    expect(formatQuantity(make(12_341, 'person', 'nearly', { qualifier: '近' }), zh)).to.equal('近1.24万名');
    // Full notation writes every digit: nothing to round.
    expect(formatQuantity(over, { locale: 'en', notation: 'full' })).to.equal('over ¥1,096,000');
  });

  it('choose the scale the way they round the digits, and leave float noise alone', () => {
    expect(formatQuantity(make(99_999_910, 'person', 'nearly'), zh)).to.equal('近1亿名');
    expect(formatQuantity(make(99_999_995, 'person', 'over'), zh)).to.equal('超9999.99万名');
    expect(formatQuantity(make(7.000000000000001, 'percent', 'nearly'), zh)).to.equal('近7%');
    expect(formatQuantity(make(7.000000000000001, 'percent', 'over'), en)).to.equal('over 7%');
  });

  it('round a negative figure the other way: over −1,096,000 is at most −1.1 million', () => {
    expect(formatQuantity(make(-1_096_000, 'yuan', 'over'), en)).to.equal('over -¥1.1 million');
    expect(formatQuantity(make(-1_096_000, 'yuan', 'nearly'), en)).to.equal('nearly -¥1.09 million');
  });

  it('follow the printed text where it shows the place', () => {
    expect(formatQuantity(make(2e4, 'event', 'over', { qualifier: '余', text: '2余万场' }), zh)).to.equal('2余万场');
    expect(formatQuantity(make(8e7, 'yuan', 'over', { qualifier: '余', text: '8000万余元' }), zh)).to.equal('8000万余元');
  });

  it('keep 超过, 逾, 将近, 大约 as printed and say 超 and 逾 as 超过', () => {
    expect(formatQuantity(make(1000, 'person', 'over', { qualifier: '逾' }), zh)).to.equal('逾1000名');
    expect(speakQuantity(make(1000, 'person', 'over', { qualifier: '逾' }), zh)).to.equal('超过1000名');
    expect(formatQuantity(make(1000, 'person', 'over', { qualifier: '超过' }), zh)).to.equal('超过1000名');
    expect(formatQuantity(make(1000, 'person', 'nearly', { qualifier: '将近' }), zh)).to.equal('将近1000名');
    expect(formatQuantity(make(1000, 'person', 'about', { qualifier: '大约' }), zh)).to.equal('大约1000名');
    expect(formatQuantity(make(1000, 'person', 'about', { qualifier: '左右' }), zh)).to.equal('1000名左右');
  });

  it('read the same kind in en whatever the zh word', () => {
    expect(formatQuantity(make(100, 'person', 'over', { qualifier: '多' }), en)).to.equal('over 100 people');
    expect(formatQuantity(make(100, 'person', 'about', { qualifier: '左右' }), en)).to.equal('about 100 people');
    expect(formatQuantity(make(1, 'person', 'over'), en)).to.equal('over 1 person');
  });
});

describe('数十, 数百 …', () => {
  it('are words in both locales', () => {
    const hundreds = make(100, 'event', 'over', { qualifier: '数', text: '数百场' });
    expect(formatQuantity(hundreds, zh)).to.equal('数百场');
    expect(formatQuantity(hundreds, en)).to.equal('hundreds of events');
    expect(formatQuantity(make(1e4, 'person', 'over', { qualifier: '数' }), zh)).to.equal('数万名');
    expect(formatQuantity(make(1e4, 'person', 'over', { qualifier: '数' }), en)).to.equal('tens of thousands of people');
  });

  it('fall back to a figure for a value no word fits', () => {
    expect(formatQuantity(make(30, 'person', 'over', { qualifier: '数' }), zh)).to.equal('超30名');
    expect(formatQuantity(make(30, 'person', 'over', { qualifier: '数' }), en)).to.equal('over 30 people');
  });
});

describe('ranges', () => {
  const range = (value: number, max: number, unit: Unit): Quantity => make(value, unit, 'range', { max });

  it('write a shared scale once', () => {
    expect(formatQuantity(range(1e4, 2e4, 'yuan'), zh)).to.equal('1—2万元');
    expect(formatQuantity(range(1e7, 1.8e7, 'yuan'), en)).to.equal('¥10–18 million');
    expect(formatQuantity(range(500, 2000, 'person'), en)).to.equal('500–2,000 people');
  });

  it('write each end with its own scale when they differ', () => {
    expect(formatQuantity(range(5000, 2e4, 'person'), zh)).to.equal('5000—2万名');
    expect(formatQuantity(range(5e5, 2e6, 'yuan'), en)).to.equal('¥500,000–¥2 million');
  });

  it('say both ends with their scale', () => {
    expect(speakQuantity(range(1e7, 1.8e7, 'yuan'), en)).to.equal('from 10 million to 18 million yuan');
    expect(speakQuantity(range(1e4, 2e4, 'yuan'), zh)).to.equal('1至2万元');
    expect(speakQuantity(range(5000, 2e4, 'person'), en)).to.equal('from 5,000 to 20,000 people');
  });

  it('without a max read as the lower figure', () => {
    expect(formatQuantity(make(10, 'percent', 'range'), zh)).to.equal('10%');
    expect(formatQuantity(make(10, 'percent', 'range'), en)).to.equal('10%');
  });
});
