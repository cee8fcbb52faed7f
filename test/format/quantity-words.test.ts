import { expect } from '@open-wc/testing';
import { APPROXIMATIONS, UNITS } from '../../src/dataset/types.js';
import { quantityWords } from '../../src/format/index.js';

describe('quantityWords', () => {
  it('names a unit by the base unit its value is counted in: 人, 元, 家, 个 in zh; people, yuan in en', () => {
    expect(quantityWords({ unit: 'person', approx: 'exact' }, 'zh-CN').unit).to.equal('人');
    expect(quantityWords({ unit: 'yuan', approx: 'exact' }, 'zh-CN').unit).to.equal('元');
    expect(quantityWords({ unit: 'organisation', approx: 'exact' }, 'zh-CN').unit).to.equal('家');
    expect(quantityWords({ unit: 'unit', approx: 'exact' }, 'zh-CN').unit).to.equal('个');
    expect(quantityWords({ unit: 'event', approx: 'exact' }, 'zh-CN').unit).to.equal('场次');
    expect(quantityWords({ unit: 'person', approx: 'exact' }, 'en').unit).to.equal('people');
    expect(quantityWords({ unit: 'yuan', approx: 'exact' }, 'en').unit).to.equal('yuan');
    expect(quantityWords({ unit: 'facility', approx: 'exact' }, 'en').unit).to.equal('facilities');
  });

  it('names an approximation by the qualifier a reader knows: 超过, 近, 约 in zh; over, nearly, about in en', () => {
    const zh = APPROXIMATIONS.map((approx) => quantityWords({ unit: 'case', approx }, 'zh-CN').approx);
    expect(zh).to.deep.equal(['确数', '超过', '近', '约', '区间']);
    const en = APPROXIMATIONS.map((approx) => quantityWords({ unit: 'case', approx }, 'en').approx);
    expect(en).to.deep.equal(['exact', 'over', 'nearly', 'about', 'range']);
  });

  it('names every unit in zh without a Latin letter, and leaves a bare number without a unit', () => {
    const zh = UNITS.map((unit) => quantityWords({ unit, approx: 'exact' }, 'zh-CN').unit);
    expect(zh.filter((w) => /[A-Za-z]/.test(w))).to.deep.equal([]);
    expect(zh.filter((w) => w === '')).to.have.length(1);
    expect(quantityWords({ unit: 'none', approx: 'exact' }, 'zh-CN').unit).to.equal('');
    expect(quantityWords({ unit: 'none', approx: 'exact' }, 'en').unit).to.equal('');
    expect(quantityWords({ unit: 'percent', approx: 'exact' }, 'zh-CN').unit).to.equal('%');
  });
});
