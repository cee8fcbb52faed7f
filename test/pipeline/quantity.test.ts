import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findQuantities, parseChineseNumeral, parseQuantity } from '../../src/pipeline/quantity.js';
import { normalizeReportText } from '../../src/pipeline/normalize.js';
import type { Approximation, Unit } from '../../src/dataset/types.js';

type Case = [text: string, value: number, unit: Unit, approx: Approximation, max?: number];

/** Figures as the five reports print them (normalised). */
const REAL_CASES: Case[] = [
  ['32677名', 32677, 'person', 'exact'],
  ['8000余万元', 80_000_000, 'yuan', 'over'],
  ['超100万人(次)', 1_000_000, 'person-time', 'over'],
  ['超120万人(次)', 1_200_000, 'person-time', 'over'],
  ['近1000万元', 10_000_000, 'yuan', 'nearly'],
  ['2万余场(次)', 20_000, 'event', 'over'],
  ['10%—18%', 10, 'percent', 'range', 18],
  ['133.59万人', 1_335_900, 'person', 'exact'],
  ['18.74万人', 187_400, 'person', 'exact'],
  ['3.76亿元', 376_000_000, 'yuan', 'exact'],
  ['百余场', 100, 'event', 'over'],
  ['近万人', 10_000, 'person', 'nearly'],
  ['3批', 3, 'batch', 'exact'],
  ['53800余人次', 53_800, 'person-time', 'over'],
  ['1700余批次', 1700, 'batch', 'over'],
  ['90%以上', 90, 'percent', 'over'],
  ['85%以上', 85, 'percent', 'over'],
  ['4500多万元', 45_000_000, 'yuan', 'over'],
  ['1.1万元', 11_000, 'yuan', 'exact'],
  ['1.1万家', 11_000, 'organisation', 'exact'],
  ['4.4万余人次', 44_000, 'person-time', 'over'],
  ['80多万元', 800_000, 'yuan', 'over'],
  ['3.5万名', 35_000, 'person', 'exact'],
  ['625.18万元', 6_251_800, 'yuan', 'exact'],
  ['51.43万余元', 514_300, 'yuan', 'over'],
  ['166万元', 1_660_000, 'yuan', 'exact'],
  ['200余家', 200, 'organisation', 'over'],
  ['15场次', 15, 'event', 'exact'],
  ['2069家', 2069, 'organisation', 'exact'],
  ['11次', 11, 'time', 'exact'],
  ['20余个', 20, 'unit', 'over'],
  ['2600余份', 2600, 'copy', 'over'],
  ['240余人次', 240, 'person-time', 'over'],
  ['42起', 42, 'case', 'exact'],
  ['109.6万余元', 1_096_000, 'yuan', 'over'],
  ['3件', 3, 'piece', 'exact'],
  ['16.6万余人次', 166_000, 'person-time', 'over'],
  ['200多场次', 200, 'event', 'over'],
  ['3万余名', 30_000, 'person', 'over'],
  ['4万多名', 40_000, 'person', 'over'],
  ['300多家', 300, 'organisation', 'over'],
  ['3200余项', 3200, 'project', 'over'],
  ['超1亿元', 100_000_000, 'yuan', 'over'],
  ['100余万人', 1_000_000, 'person', 'over'],
  ['2316起', 2316, 'case', 'exact'],
  ['335户', 335, 'household', 'exact'],
  ['66.95万元', 669_500, 'yuan', 'exact'],
  ['12辆', 12, 'bus', 'exact'],
  ['3所', 3, 'facility', 'exact'],
  ['3600册', 3600, 'volume', 'exact'],
  ['30条', 30, 'item', 'exact'],
  ['600位', 600, 'person', 'exact'],
  ['52.8%', 52.8, 'percent', 'exact'],
  ['数十家', 10, 'organisation', 'over'],
  ['超200万人次', 2_000_000, 'person-time', 'over'],
  ['9000余人次', 9000, 'person-time', 'over'],
  ['约50人', 50, 'person', 'about'],
  ['100人左右', 100, 'person', 'about'],
  ['将近300名', 300, 'person', 'nearly'],
  ['逾千人', 1000, 'person', 'over'],
  ['超过5000名', 5000, 'person', 'over'],
  ['1,234.5元', 1234.5, 'yuan', 'exact'],
  ['５６０名', 560, 'person', 'exact'],
  ['3至5人', 3, 'person', 'range', 5],
  ['10-20万元', 100_000, 'yuan', 'range', 200_000],
  ['三批', 3, 'batch', 'exact'],
  ['两所', 2, 'facility', 'exact'],
  ['一亿五千万元', 150_000_000, 'yuan', 'exact'],
  ['近百', 100, 'none', 'nearly'],
];

describe('parseQuantity: the reports’ own figures', () => {
  for (const [text, value, unit, approx, max] of REAL_CASES) {
    it(`${text} → ${value} ${unit} ${approx}`, () => {
      const q = parseQuantity(text);
      expect(q, text).not.to.equal(undefined);
      expect(q!.value).to.equal(value);
      expect(q!.unit).to.equal(unit);
      expect(q!.approx).to.equal(approx);
      expect(q!.text).to.equal(text);
      expect(q!.max).to.equal(max);
    });
  }

  it('keeps the qualifier as printed', () => {
    expect(parseQuantity('8000余万元')!.qualifier).to.equal('余');
    expect(parseQuantity('超100万人(次)')!.qualifier).to.equal('超');
    expect(parseQuantity('90%以上')!.qualifier).to.equal('以上');
    expect(parseQuantity('32677名')!.qualifier).to.equal(undefined);
  });

  it('refuses what is not exactly one quantity', () => {
    for (const text of ['', '职工', '3名和4名', '名32', '一是']) expect(parseQuantity(text), text).to.equal(undefined);
  });
});

describe('findQuantities', () => {
  it('finds every figure in a sentence, with offsets', () => {
    const text = '疗休养人数32677名，完成率100%，消费额达8000余万元。';
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).to.deep.equal(['32677名', '100%', '8000余万元']);
    for (const q of found) expect(text.slice(q.start, q.end)).to.equal(q.text);
  });

  it('reads the figure out of the reports’ own sentences', () => {
    const cases: [sentence: string, figure: string, value: number, unit: Unit, approx: Approximation][] = [
      ['全年完成疗休养人数32677名，完成率100%', '32677名', 32677, 'person', 'exact'],
      ['累计为企业创效超1亿元。', '超1亿元', 100_000_000, 'yuan', 'over'],
      ['参与职工超100万人(次)。', '超100万人(次)', 1_000_000, 'person-time', 'over'],
      ['返还小微企业2020年工会经费近1000万元，', '近1000万元', 10_000_000, 'yuan', 'nearly'],
      ['开展劳动和技能竞赛2万余场(次)，', '2万余场(次)', 20_000, 'event', 'over'],
      ['职工工资普遍比去年增长10%—18%，', '10%—18%', 10, 'percent', 'range'],
      ['全市基层工会12040家、会员133.59万人。', '133.59万人', 1_335_900, 'person', 'exact'],
      ['为全市19107家企业缓减工会经费3.76亿元，', '3.76亿元', 376_000_000, 'yuan', 'exact'],
      ['红色电影进企业百余场。', '百余场', 100, 'event', 'over'],
      ['带动职工技能培训近万人，', '近万人', 10_000, 'person', 'nearly'],
      ['共接待职工疗休养团队1700余批次、53800余人次，', '53800余人次', 53_800, 'person-time', 'over'],
      ['社会保险缴纳率达90%以上。', '90%以上', 90, 'percent', 'over'],
      ['为职工追讨工资4500多万元。', '4500多万元', 45_000_000, 'yuan', 'over'],
      ['去年一年给我送来了1.1万元救助金', '1.1万元', 11_000, 'yuan', 'exact'],
      ['职工服务中心共接待职工4.4万余人次，', '4.4万余人次', 44_000, 'person-time', 'over'],
      ['五年来,共投资80多万元,建成29个农民工文化家园', '80多万元', 800_000, 'yuan', 'over'],
      ['覆盖职工100余万人，', '100余万人', 1_000_000, 'person', 'over'],
      ['助力推销森宇集团等数十家企业产品', '数十家', 10, 'organisation', 'over'],
      ['组织12辆大巴护送580多名贵州黔东南', '12辆', 12, 'bus', 'exact'],
      ['发放《职工普法手册》3600册,', '3600册', 3600, 'volume', 'exact'],
      ['今年我市新建“爱心驿家”3所，', '3所', 3, 'facility', 'exact'],
      ['制定《产改实施方案》（建德产改工作30条）。', '30条', 30, 'item', 'exact'],
      ['全国劳模吴志民从事电力服务工作30年，', '30年', 30, 'year', 'exact'],
      ['经办各类事项4.1万余件。', '4.1万余件', 41_000, 'piece', 'over'],
      ['有效化解矛盾2316起；', '2316起', 2316, 'case', 'exact'],
      ['完成技术创新、技术攻关项目3200余项，', '3200余项', 3200, 'project', 'over'],
      ['发放法治宣传资料2600余份，', '2600余份', 2600, 'copy', 'over'],
      ['联合有关部门或单独组织监督检查11次；', '11次', 11, 'time', 'exact'],
      ['我市共慰问困难职工335户，', '335户', 335, 'household', 'exact'],
      ['企业参与率达52.8%。', '52.8%', 52.8, 'percent', 'exact'],
      ['举办各类培训班（会议）60个。', '60个', 60, 'unit', 'exact'],
      ['带动基层工会的3.5万名职工参加春游活动', '3.5万名', 35_000, 'person', 'exact'],
    ];
    for (const [sentence, figure, value, unit, approx] of cases) {
      const q = findQuantities(sentence).find((f) => f.text === figure);
      expect(q, `${figure} in ${sentence}`).not.to.equal(undefined);
      expect([q!.value, q!.unit, q!.approx, q!.kind], figure).to.deep.equal([value, unit, approx, 'count']);
      expect(sentence.slice(q!.start, q!.end)).to.equal(figure);
    }
  });

  it('reads two figures printed together: 3批40人, 38%和21%', () => {
    expect(findQuantities('已选树“义乌工匠”3批40人').map((q) => [q.value, q.unit])).to.deep.equal([[3, 'batch'], [40, 'person']]);
    expect(findQuantities('年均增长38%和21%').map((q) => q.value)).to.deep.equal([38, 21]);
  });

  it('flags dates and ordinals', () => {
    const kinds = (t: string) => findQuantities(t).map((q) => [q.text, q.kind]);
    expect(kinds('2019年以来')).to.deep.equal([['2019年', 'date']]);
    expect(kinds('2014年12月')).to.deep.equal([['2014年12月', 'date']]);
    expect(kinds('3月9日，')).to.deep.equal([['3月9日', 'date']]);
    expect(kinds('7月初至9月底')).to.deep.equal([['7月初', 'date'], ['9月底', 'date']]);
    expect(kinds('第一时间')).to.deep.equal([['第一', 'ordinal']]);
    expect(kinds('十七届九次全委')).to.deep.equal([['十七', 'ordinal'], ['九', 'ordinal']]);
    expect(kinds('第12届')).to.deep.equal([['第12', 'ordinal']]);
    expect(kinds('市十四次党代会')).to.deep.equal([['十四', 'ordinal']]);
    expect(kinds('截至2017年底全县')).to.deep.equal([['2017年底', 'date']]);
    expect(kinds('2016年度县总工会')).to.deep.equal([['2016年度', 'date']]);
    expect(kinds('2020年11月，习近平')).to.deep.equal([['2020年11月', 'date']]);
    expect(kinds('从去年1月1日起执行')).to.deep.equal([['1月1日', 'date']]);
    expect(kinds('首届长三角劳动法治建设论坛')).to.deep.equal([]);
    const [edition] = findQuantities('第二届全国工会改革创新项目');
    expect([edition!.value, edition!.unit, edition!.approx]).to.deep.equal([2, 'none', 'exact']);
    const [date] = findQuantities('12月15日');
    expect([date!.value, date!.unit, date!.approx]).to.deep.equal([12, 'none', 'exact']);
  });

  it('finds bare Arabic numbers, with unit none', () => {
    expect(findQuantities('“12351”热线').map((q) => [q.value, q.unit])).to.deep.equal([[12351, 'none']]);
    expect(findQuantities('G20峰会').map((q) => q.text)).to.deep.equal(['20']);
    expect(findQuantities('公交分公司BRT1号线').map((q) => [q.text, q.unit])).to.deep.equal([['1', 'none']]);
    expect(findQuantities('我市“926工匠日”系列活动').map((q) => [q.text, q.unit])).to.deep.equal([['926', 'none']]);
    expect(findQuantities('一栋5层高的楼房').map((q) => [q.text, q.unit])).to.deep.equal([['5', 'none']]);
  });

  it('reads a range only when its upper end has the measure word, and not across years', () => {
    expect(findQuantities('2019-2020年').map((q) => [q.text, q.kind])).to.deep.equal([['2019', 'count'], ['2020年', 'date']]);
    expect(findQuantities('0579-85123456').map((q) => q.approx)).to.deep.equal(['exact', 'exact']);
    expect(findQuantities('18%—10%').map((q) => q.text)).to.deep.equal(['18%', '10%']);
  });

  it('does not take Chinese numerals inside words for quantities', () => {
    const words = ['一是发挥组织优势', '一方面', '统一', '万众一心', '十九大', '三严三实', '一带一路', '两新组织', '五一劳动奖章', '千家万户', '百家争鸣', '不一一列举', '七大建设', '六大行动', '“三服务”工作', '超一流', '首批服务之星', '跟队友一起，来到'];
    for (const text of words) {
      expect(findQuantities(text), text).to.deep.equal([]);
    }
  });

  it('reads 近N年来 as a span of years, not "nearly"', () => {
    const [q] = findQuantities('近3年来');
    expect([q!.value, q!.unit, q!.approx]).to.deep.equal([3, 'year', 'exact']);
  });

  it('reads 一起 as a case only where a noun follows (发生一起纠纷), not as "together"', () => {
    expect(findQuantities('发生一起由劳资纠纷引发的不稳定事件').map((q) => [q.value, q.unit, q.text])).to.deep.equal([[1, 'case', '一起']]);
    expect(findQuantities('跟队友一起，来到')).to.deep.equal([]);
  });

  it('reads a count stated as zero in words (未出现一起…) as 0, the negation included in its text', () => {
    const read = (text: string) => findQuantities(text).map((q) => [q.value, q.unit, q.approx, q.text, q.start]);
    expect(read('对一些苗头性纠纷，早发现、早解决，未出现一起由劳资纠纷引发的不稳定事件。')).to.deep.equal([[0, 'case', 'exact', '未出现一起', 17]]);
    expect(read('全年没有发生一起安全事故')).to.deep.equal([[0, 'case', 'exact', '没有发生一起', 2]]);
    expect(read('无一起欠薪案件')).to.deep.equal([[0, 'case', 'exact', '无一起', 0]]);
    // A negation elsewhere in the clause, or "not one" without a measure word, is no zero figure.
    expect(read('未出现问题，发生一起纠纷')).to.deep.equal([[1, 'case', 'exact', '一起', 8]]);
    expect(read('无一例外')).to.deep.equal([]);
    // 有无 asks "whether or not": the 一起 after it is one case, not a zero.
    expect(read('有无一起纠纷都要上报')).to.deep.equal([[1, 'case', 'exact', '一起', 2]]);
    expect(parseQuantity('未出现一起')).to.deep.equal({ value: 0, unit: 'case', approx: 'exact', text: '未出现一起' });
  });

  it('reads the same figures from the raw newspaper columns as from the normalised text', () => {
    const raw = '工 参 加 春 游 活 动 ，消 费 额 达\n625.18 万元。二是抓实职工疗休\n疗 休 养 人 数 32677 名 ，完 成 率\n100%，消费额达 8000 余万元。三\n级工会劳动法律监督组织 2069\n家，织密企业工会';
    const values = (text: string) => findQuantities(text).map((q) => [q.value, q.unit, q.approx]);
    const expected = [[6_251_800, 'yuan', 'exact'], [32677, 'person', 'exact'], [100, 'percent', 'exact'], [80_000_000, 'yuan', 'over'], [2069, 'organisation', 'exact']];
    expect(values(raw)).to.deep.equal(expected);
    expect(values(normalizeReportText(raw).text)).to.deep.equal(expected);
  });

  it('tolerates layout spaces and line breaks inside a raw figure', () => {
    expect(findQuantities('消费额达\n625.18 万元').map((q) => q.value)).to.deep.equal([6_251_800]);
    expect(findQuantities('2069\n家').map((q) => [q.value, q.unit])).to.deep.equal([[2069, 'organisation']]);
    expect(findQuantities('8000 余万元').map((q) => q.value)).to.deep.equal([80_000_000]);
  });
});

describe('parseChineseNumeral', () => {
  const cases: [string, number][] = [['一', 1], ['十', 10], ['十七', 17], ['两千三百', 2300], ['百', 100], ['万', 10_000], ['一万二千', 12_000], ['三十万', 300_000], ['一亿', 100_000_000], ['二十一', 21], ['一亿五千万', 150_000_000], ['一万亿', 1e12], ['一百零五', 105], ['〇', 0]];
  for (const [numeral, value] of cases) it(`${numeral} → ${value}`, () => expect(parseChineseNumeral(numeral)).to.equal(value));
  it('refuses other characters, and runs of digits that are not one numeral', () => {
    for (const text of ['十a', '', '五一', '一二三', '三三两两']) expect(parseChineseNumeral(text), text).to.equal(undefined);
  });

  it('reads every Chinese numeral up to 99999 as written', () => {
    const digits = '〇一二三四五六七八九';
    const write = (n: number): string => {
      const places: [number, string][] = [[10_000, '万'], [1000, '千'], [100, '百'], [10, '十']];
      let out = '';
      let rest = n;
      let gap = false;
      for (const [size, name] of places) {
        const d = Math.floor(rest / size);
        rest %= size;
        if (d > 0) {
          if (gap && out !== '') out += '零';
          out += digits[d]! + name;
          gap = false;
        } else if (out !== '') gap = true;
      }
      if (rest > 0) out += (gap && out !== '' ? '零' : '') + digits[rest]!;
      return out === '' ? '零' : out;
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => parseChineseNumeral(write(n)) === n));
  });
});

describe('quantity parser properties', () => {
  const units: [string, Unit][] = [
    ['元', 'yuan'], ['名', 'person'], ['人', 'person'], ['位', 'person'], ['人次', 'person-time'], ['人(次)', 'person-time'], ['人（次）', 'person-time'],
    ['家', 'organisation'], ['户', 'household'], ['场', 'event'], ['场次', 'event'], ['场(次)', 'event'], ['件', 'piece'], ['起', 'case'], ['项', 'project'],
    ['个', 'unit'], ['份', 'copy'], ['册', 'volume'], ['所', 'facility'], ['批', 'batch'], ['批次', 'batch'], ['次', 'time'], ['年', 'year'], ['条', 'item'],
    ['辆', 'bus'], ['%', 'percent'], ['', 'none'],
  ];
  const qualifiers: [before: string, after: string, trailing: string, approx: Approximation][] = [
    ['', '', '', 'exact'], ['近', '', '', 'nearly'], ['将近', '', '', 'nearly'], ['约', '', '', 'about'], ['超', '', '', 'over'], ['超过', '', '', 'over'],
    ['逾', '', '', 'over'], ['', '余', '', 'over'], ['', '多', '', 'over'], ['', '', '以上', 'over'], ['', '', '左右', 'about'],
  ];

  it('round-trips qualifier + number + measure word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.constantFrom(...units), fc.constantFrom(...qualifiers), (n, [word, unit], [before, after, trailing, approx]) => {
        const text = `${before}${n}${after}${word}${trailing}`;
        const q = parseQuantity(text);
        // 近3年 is "the last three years": the qualifier is not part of the figure.
        if (before === '近' && unit === 'year') return q === undefined;
        // A bare year 19xx/20xx followed by 年 is a date.
        if (unit === 'year' && before === '' && after === '' && /^(19|20)\d\d$/.test(String(n))) return q?.value === n && q.unit === 'none';
        const qualifier = before || after || trailing;
        return q !== undefined && q.value === n && q.unit === unit && q.approx === approx && q.text === text && q.qualifier === (qualifier || undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips 万 with 余 or 多 on either side: 8000余万元, 3万余名', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('余', '多'), fc.boolean(), fc.constantFrom(...units.filter(([w]) => w !== '' && w !== '%')), (n, word, first, [measure, unit]) => {
        const q = parseQuantity(first ? `${n}${word}万${measure}` : `${n}万${word}${measure}`);
        return q !== undefined && q.value === n * 10_000 && q.unit === unit && q.approx === 'over' && q.qualifier === word;
      }),
    );
  });

  it('round-trips percent ranges with every dash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom('—', '–', '-', '~', '～', '至', '到'), (a, b, dash) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const q = parseQuantity(`${low}%${dash}${high}%`);
        return q !== undefined && q.value === low && q.max === high && q.unit === 'percent' && q.approx === 'range';
      }),
    );
  });

  it('multiplies 万 and 亿 exactly, up to two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom<[string, number]>(['万', 10_000], ['亿', 100_000_000]), (whole, cents, [word, factor]) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}${word}元`;
        return parseQuantity(text)!.value === whole * factor + (cents * factor) / 100;
      }),
    );
  });

  it('never throws on any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => Array.isArray(findQuantities(text))),
      { numRuns: 500 },
    );
  });

  it('never throws, and returns ordered, non-overlapping spans that match the text', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%—万亿余多近约超第届年月日元名人次场家个十百千一二两三 \n，。（）(职工'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        const found = findQuantities(text);
        let last = 0;
        for (const q of found) {
          if (q.start < last || q.end <= q.start || text.slice(q.start, q.end) !== q.text || !Number.isFinite(q.value)) return false;
          last = q.end;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findQuantities on the five reports', () => {
  for (const file of ['yiwu-2020', 'yiwu-2018-plenary', 'jinhua-five-year', 'jiande-2020', 'wuyi-five-year']) {
    it(`${file}: spans do not overlap, and every count and date re-parses alone to the same value`, async () => {
      const raw = await (await fetch(`/data/reports/${file}.txt`)).text();
      const { text } = normalizeReportText(raw);
      const found = findQuantities(text);
      expect(found.length).to.be.greaterThan(10);
      let last = 0;
      for (const q of found) {
        expect(q.start, q.text).to.be.at.least(last);
        expect(text.slice(q.start, q.end)).to.equal(q.text);
        last = q.end;
      }
      for (const q of found.filter((f) => f.kind !== 'ordinal')) {
        const alone = parseQuantity(q.text);
        expect(alone?.value, q.text).to.equal(q.value);
        expect(alone?.unit, q.text).to.equal(q.unit);
        expect(alone?.approx, q.text).to.equal(q.approx);
      }
      for (const q of found.filter((f) => f.kind === 'ordinal')) {
        const numeral = q.text.replace(/^第/, '');
        expect(/^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral), q.text).to.equal(q.value);
      }
    });

    it(`${file}: the raw text never throws and yields spans that match it`, async () => {
      const raw = await (await fetch(`/data/reports/${file}.txt`)).text();
      for (const q of findQuantities(raw)) expect(raw.slice(q.start, q.end)).to.equal(q.text);
    });
  }
});
