import { expect } from '@open-wc/testing';
import { approximateMeasure, breakUnits, wrapText } from '../../../src/components/base/wrap-text.js';

const measure = approximateMeasure(12);

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('全国劳动模范', 200, measure)).to.deep.equal(['全国劳动模范']);
  });

  it('measures a label that fits once, not once per character (a page of charts measures thousands)', () => {
    const measured: string[] = [];
    const counting = (text: string) => (measured.push(text), measure(text));
    expect(wrapText('  全国劳动模范和先进工作者 ', 400, counting)).to.deep.equal(['全国劳动模范和先进工作者']);
    expect(measured).to.deep.equal(['全国劳动模范和先进工作者']);
    expect(wrapText('   ', 400, counting)).to.deep.equal([]);
  });

  it('breaks between CJK characters, never cutting one, and loses nothing', () => {
    const label = '全国五一劳动奖、全国五一巾帼奖、全国工人先锋号';
    const lines = wrapText(label, 96, measure);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join('')).to.equal(label);
    for (const line of lines) expect(measure(line)).to.be.at.most(96);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (let width = 24; width <= 240; width += 12) {
      const lines = wrapText('国家级“最美站点”（户外劳动者服务站点），共10个。', width, measure);
      for (const line of lines.slice(1)) expect(line[0]).not.to.match(/[，。、）”]/);
      for (const line of lines) expect(line[line.length - 1]).not.to.match(/[（“]/);
    }
  });

  it('keeps Latin words and numbers whole', () => {
    expect(breakUnits('浙江Wuyi 2018年')).to.include.members(['Wuyi', '2018']);
    const lines = wrapText('Five-year review of Jinhua honours', 60, measure);
    expect(lines.join(' ')).to.equal('Five-year review of Jinhua honours');
    expect(lines).to.include('honours');
  });

  it('never breaks inside a character as a reader sees it: every break is one of Intl.Segmenter’s', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
    const offsets = (pieces: readonly string[]) => pieces.slice(0, -1).map((_, i) => pieces.slice(0, i + 1).join('').length);
    const labels = [
      '全国五一劳动奖章（集体）、省级工匠',
      'Cafe\u0301 au lait',
      '🇨🇳🇺🇸 flags',
      '👍🏽👨‍👩‍👧☺️ emoji',
      '英格兰🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}队',
      '\u1100\u1161\u11a8한국',
      'x\r\ny',
      'a\u200db\u200cc',
    ];
    for (const label of labels) {
      const units = breakUnits(label);
      expect(units.join(''), label).to.equal(label);
      const allowed = new Set(offsets([...segmenter.segment(label)].map((s) => s.segment)));
      for (const at of offsets(units)) expect(allowed.has(at), `${JSON.stringify(label)} broken at ${at}`).to.equal(true);
    }
  });

  it('gives a piece wider than the line a line of its own instead of cutting it', () => {
    expect(wrapText('Supercalifragilistic 劳模', 30, measure)).to.deep.equal(['Supercalifragilistic', '劳模']);
  });
});
