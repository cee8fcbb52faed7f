import { expect } from '@open-wc/testing';
import type { CountNoun, Quantity } from '../../src/dataset/types.js';
import { formatQuantity, roundsQuantity, speakQuantity } from '../../src/format/index.js';

const LIBRARY: CountNoun = { zh: '家', one: 'library', other: 'libraries' };
const VISIT: CountNoun = { zh: '人次', one: 'visit', other: 'visits' };
const q = (value: number, unit: Quantity['unit'], text: string, approx: Quantity['approx'] = 'exact'): Quantity => ({ value, unit, approx, text });

describe('formatQuantity with the noun counted', () => {
  it('writes the unit’s own noun by default', () => {
    expect(formatQuantity(q(401, 'organisation', '401家'), { locale: 'en' })).to.equal('401 organisations');
  });

  it('writes the counted noun in en, singular for exactly one', () => {
    expect(formatQuantity(q(401, 'organisation', '401家'), { locale: 'en', noun: LIBRARY })).to.equal('401 libraries');
    expect(formatQuantity(q(1, 'organisation', '1家'), { locale: 'en', noun: LIBRARY })).to.equal('1 library');
    expect(formatQuantity(q(350000, 'person-time', '35万人次'), { locale: 'en', noun: VISIT })).to.equal('350,000 visits');
  });

  it('speaks the counted noun in en', () => {
    expect(speakQuantity(q(1e6, 'person-time', '超100万人次', 'over'), { locale: 'en', noun: VISIT })).to.equal('over 1 million visits');
  });

  it('keeps money and percentages as they are', () => {
    expect(formatQuantity(q(8e7, 'yuan', '8000万元'), { locale: 'en', noun: LIBRARY })).to.equal('¥80 million');
    expect(formatQuantity(q(95, 'percent', '95%'), { locale: 'en', noun: LIBRARY })).to.equal('95%');
    expect(formatQuantity(q(8e7, 'yuan', ''), { locale: 'zh-CN', noun: LIBRARY })).to.equal('8000万元');
  });

  it('keeps the printed zh measure word, and takes the noun’s only where none is printed', () => {
    expect(formatQuantity(q(401, 'organisation', '401家'), { locale: 'zh-CN', noun: { ...LIBRARY, zh: '个' } })).to.equal('401家');
    expect(formatQuantity(q(10, 'person', ''), { locale: 'zh-CN', noun: { zh: '位', one: 'worker', other: 'workers' } })).to.equal('10位');
  });
});

describe('roundsQuantity', () => {
  it('says when compact notation rounds the printed figure', () => {
    expect(formatQuantity(q(12040, 'organisation', '12040家'), { locale: 'zh-CN' })).to.equal('1.2万家');
    expect(roundsQuantity(q(12040, 'organisation', '12040家'), { locale: 'zh-CN' })).to.equal(true);
    expect(roundsQuantity(q(32677, 'person', '32677名'), { locale: 'zh-CN' })).to.equal(true);
  });

  it('says no when every digit is written', () => {
    expect(roundsQuantity(q(12040, 'organisation', '12040家'), { locale: 'zh-CN', notation: 'full' })).to.equal(false);
    expect(roundsQuantity(q(12040, 'organisation', '12040家'), { locale: 'en' })).to.equal(false);
    expect(roundsQuantity(q(8e7, 'yuan', '8000余万元', 'over'), { locale: 'zh-CN' })).to.equal(false);
    expect(roundsQuantity(q(1335900, 'person', '133.59万人'), { locale: 'zh-CN' })).to.equal(false);
    expect(roundsQuantity({ ...q(10, 'percent', '10%—18%', 'range'), max: 18 }, { locale: 'en' })).to.equal(false);
  });

  it('checks both ends of a range', () => {
    expect(roundsQuantity({ ...q(10000, 'person', '1—2.345万人', 'range'), max: 23456 }, { locale: 'zh-CN' })).to.equal(true);
  });
});
