import { expect } from '@open-wc/testing';
import { normalizeReportText } from '../../src/dataset/normalize.js';

const FILES = ['yiwu-2020', 'yiwu-2018-plenary', 'jinhua-five-year', 'jiande-2020', 'wuyi-five-year'] as const;
const raw: Record<string, string> = {};
before(async () => {
  for (const file of FILES) raw[file] = await (await fetch(`/data/reports/${file}.txt`)).text();
});
const text = (file: (typeof FILES)[number]) => normalizeReportText(raw[file]!).text;
const paragraphs = (file: (typeof FILES)[number]) => text(file).split('\n');

describe('normalizeReportText on the real oddities', () => {
  it('removes spaces between letter-spaced characters and around digits', () => {
    expect(text('yiwu-2020')).to.contain('全年完成疗休养人数32677名，完成率100%，消费额达8000余万元。');
    expect(text('yiwu-2020')).to.contain('2019年以来发展产业工人党员375名，新建两新党支部167个');
    expect(text('yiwu-2020')).to.contain('《义乌市总工会关于落实小微企业工会经费支持政策的通知》');
  });

  it('joins numbers broken by a line break', () => {
    expect(text('yiwu-2020')).to.contain('下拨166万元专项资金');
    expect(text('yiwu-2020')).to.contain('消费额达625.18万元');
    expect(text('yiwu-2020')).to.contain('建立各级工会劳动法律监督组织2069家');
    expect(text('yiwu-2020')).to.contain('工人先锋号2家；金华市劳模15名');
  });

  it('joins sentences broken across a blank line and a column break', () => {
    expect(text('jinhua-five-year')).to.contain('开展劳动和技能竞赛2万余场(次)，参与职工超100万人(次)');
    expect(text('yiwu-2020')).to.contain('开展线上“春风行动”，发布岗位的招聘信息');
    expect(text('yiwu-2020')).to.contain('组织工会文艺骨干志愿者');
    expect(text('yiwu-2018-plenary')).to.contain('“五力”工会,团结动员广大职工');
    expect(text('yiwu-2020')).to.contain('检查工地20余个，责令整改7个；开展劳动争议巡回受理');
  });

  it('keeps headings and captions as paragraphs of their own', () => {
    expect(paragraphs('yiwu-2020')).to.include.members(['三场硬仗彰显工会力量', '全力构建和谐劳动关系', '全媒体记者 龚盈盈', '勇担新使命 奋进新征程']);
    expect(paragraphs('jinhua-five-year')).to.include.members(['◎思想铸魂，文化聚心', '踔厉奋发启新程 笃行不怠勇担当', '——金华市工会五年工作回眸']);
    expect(paragraphs('wuyi-five-year')).to.include('关键词:劳动竞赛、五水共治、素质工程');
    expect(paragraphs('jiande-2020')).to.include.members(['建德市总工会', '我市表彰“最美抗疫职工”', '全国劳模王国平在京接受表彰']);
    expect(paragraphs('yiwu-2018-plenary')).to.include('新时代工会工作新使命新要求');
  });

  it('keeps every printed list entry of the plenary report on its own line', () => {
    const lines = paragraphs('yiwu-2018-plenary');
    for (const entry of ['丁思诗', '楼仁斌', '浙江省义乌市国家税务局', '义乌市公安局巡防大队', '义乌天祥医疗东方医院工会', '义乌市第三人民医院(稠城中心卫生院)工会', '义乌市佛堂镇行政服务中心', '浙江恒风集团有限公司公交分公司BRT1号线']) {
      expect(lines, entry).to.include(entry);
    }
  });

  for (const file of FILES) {
    it(`${file}: maps every character back to the same raw character`, () => {
      const normalized = normalizeReportText(raw[file]!);
      const source = raw[file]!;
      for (let i = 0; i < normalized.text.length; i += 1) {
        const char = normalized.text[i]!;
        if (char === ' ' || char === '\n') continue;
        if (source[normalized.rawOffset(i)] !== char) expect.fail(`offset ${i}: "${char}" maps to "${source[normalized.rawOffset(i)]}"`);
        if (i > 0 && normalized.rawOffset(i) < normalized.rawOffset(i - 1)) expect.fail(`offsets decrease at ${i}`);
      }
      expect(normalized.rawOffset(normalized.text.length)).to.equal(source.length);
    });

    it(`${file}: has no blank lines, CR, or spaces inside body text`, () => {
      const normalized = normalizeReportText(raw[file]!);
      expect(normalized.text).not.to.contain('\n\n');
      expect(normalized.text).not.to.contain('\r');
      expect(normalized.text.startsWith('\n') || normalized.text.endsWith('\n')).to.equal(false);
      for (const p of normalized.text.split('\n').filter((line) => /[。，]/.test(line))) {
        expect(/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(p), p).to.equal(false);
      }
      expect(normalized.paragraphs.map((p) => normalized.text.slice(p.start, p.end))).to.deep.equal(normalized.text.split('\n'));
    });

    it(`${file}: is stable when normalised again`, () => {
      const once = text(file);
      expect(normalizeReportText(once).text.replace(/\s/g, '')).to.equal(once.replace(/\s/g, ''));
    });
  }
});
