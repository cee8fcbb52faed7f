import { expect } from '@open-wc/testing';
import { formatPeriod, LOCALES, resolveLocale } from '../../src/format/index.js';

describe('formatPeriod', () => {
  it('writes a year and a span of years per locale', () => {
    expect(formatPeriod({ start: '2020', end: '2020' }, 'zh-CN')).to.equal('2020年');
    expect(formatPeriod({ start: '2018', end: '2023' }, 'zh-CN')).to.equal('2018—2023年');
    expect(formatPeriod({ start: '2020', end: '2020' }, 'en')).to.equal('2020');
    expect(formatPeriod({ start: '2018', end: '2023' }, 'en')).to.equal('2018–2023');
  });

  it('writes months and days', () => {
    expect(formatPeriod({ start: '2021-01', end: '2021-02' }, 'zh-CN')).to.equal('2021年1月—2021年2月');
    expect(formatPeriod({ start: '2021-03-08', end: '2021-03-08' }, 'zh-CN')).to.equal('2021年3月8日');
    expect(formatPeriod({ start: '2021-01', end: '2021-02' }, 'en')).to.equal('2021-01 – 2021-02');
  });

  it('lets one end stand alone when the other is empty, and never prints undefined', () => {
    expect(formatPeriod({ start: '2020', end: '' }, 'zh-CN')).to.equal('2020年');
    expect(formatPeriod({ start: '', end: '2020' }, 'en')).to.equal('2020');
    for (const locale of LOCALES) expect(formatPeriod({ start: '', end: '' }, locale)).to.equal('');
  });
});

describe('resolveLocale', () => {
  const table: [string | null | undefined, string | undefined][] = [
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ZH-hans-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    [' en-GB ', 'en'],
    ['fr', undefined],
    ['zhx', undefined],
    ['english', undefined],
    ['zh-', undefined],
    ['en-US-notasubtag9', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [tag, locale] of table) {
    it(`${String(tag)} → ${String(locale)}`, () => expect(resolveLocale(tag)).to.equal(locale));
  }
});
