import { expect } from '@open-wc/testing';
import { normalizeReportText, type NormalizedText } from '../../src/pipeline/normalize.js';
import { findQuantities } from '../../src/pipeline/quantity.js';

const FILES = ['yiwu-2020', 'yiwu-2018-plenary', 'jinhua-five-year', 'jiande-2020', 'wuyi-five-year'] as const;
type ReportFile = (typeof FILES)[number];

const raw = {} as Record<ReportFile, string>;
const normalized = {} as Record<ReportFile, NormalizedText>;

before(async () => {
  for (const file of FILES) {
    raw[file] = await (await fetch(`/data/reports/${file}.txt`)).text();
    normalized[file] = normalizeReportText(raw[file]);
  }
});

const text = (file: ReportFile): string => normalized[file].text;
const paragraphs = (file: ReportFile): string[] => text(file).split('\n');
/** The one paragraph that contains `needle`. */
const paragraphWith = (file: ReportFile, needle: string): string => {
  const found = paragraphs(file).filter((p) => p.includes(needle));
  expect(found, `paragraphs of ${file} containing "${needle}"`).to.have.length(1);
  return found[0]!;
};
const CJK_SPACE_CJK = /[\u3400-\u9fff] [\u3400-\u9fff]/u;
const CLAUSE_PUNCTUATION = /[，。、；：！？,;:!?]/u;

describe('normalizeReportText: stray spaces', () => {
  it('removes letter-spacing between CJK characters and around digits ("疗 休 养 人 数 32677 名")', () => {
    expect(text('yiwu-2020')).to.contain('疗休养人数32677名，完成率100%，消费额达8000余万元');
  });

  it('removes the letter-spacing of a whole line ("企 业 工 会 经 费 …")', () => {
    expect(text('yiwu-2020')).to.contain('《义乌市总工会关于落实小微企业工会经费支持政策的通知》');
  });

  it('removes the space between a year and 年 ("2019 年以来", " 2020 年")', () => {
    expect(text('yiwu-2020')).to.contain('2019年以来发展产业工人党员375名，新建两新党支部167个');
    expect(text('yiwu-2020').startsWith('2020年是一个特殊的年份')).to.equal(true);
  });

  it('removes spaces next to full-width punctuation ("活 动 ，消 费 额")', () => {
    expect(text('yiwu-2020')).to.contain('参加春游活动，消费额达625.18万元');
    expect(text('yiwu-2020')).to.contain('开展“我心向党、劳动光荣”主题宣讲100余场');
  });

  it('removes the spaces between the phrases of a title inside a body paragraph', () => {
    expect(text('yiwu-2020')).to.contain('《坚持党建引领强化服务保障全面推进试点》等3个案例');
  });

  it('keeps one space between the phrases of a headline', () => {
    expect(paragraphs('yiwu-2018-plenary')[0]).to.equal('深化改革创新 全面履行职能 为高水平建成世界“小商品之都”建功立业');
    expect(paragraphs('jinhua-five-year')[0]).to.equal('踔厉奋发启新程 笃行不怠勇担当');
    expect(paragraphs('jiande-2020')).to.include.members(['精准服务 助力疫情防控复工复产', '暖心帮扶 全心全意当好职工“娘家人”']);
  });

  it('keeps the space of a byline ("全媒体记者 龚盈盈")', () => {
    expect(paragraphs('yiwu-2020')).to.include('全媒体记者 龚盈盈');
  });

  it('keeps the space between two ASCII words and drops it next to CJK', () => {
    expect(normalizeReportText('Hello World，QC 成果。').text).to.equal('Hello World，QC成果。');
  });

  it('keeps the space between two numbers rather than fusing them', () => {
    expect(normalizeReportText('分别为 100 200 名。').text).to.equal('分别为100 200名。');
  });
});

describe('normalizeReportText: joined lines', () => {
  it('joins a number and its unit broken by a line break ("下拨 166\\n万元")', () => {
    expect(text('yiwu-2020')).to.contain('下拨166万元专项资金');
  });

  it('joins a figure that starts a line to what precedes it ("消费额达\\n625.18 万元")', () => {
    expect(text('yiwu-2020')).to.contain('消费额达625.18万元');
  });

  it('joins a count and its measure word ("2069\\n家")', () => {
    expect(text('yiwu-2020')).to.contain('建立各级工会劳动法律监督组织2069家，织密企业工会、镇（街道）总工会、市总工会三级劳动法律监督网');
  });

  it('joins "完成率\\n100%"', () => {
    expect(text('yiwu-2020')).to.contain('完成率100%');
  });

  it('joins a figure split across a blank line ("号 2\\n\\n家", "县级113\\n\\n家")', () => {
    expect(text('yiwu-2020')).to.contain('浙江省劳模4名、工人先锋号2家；金华市劳模15名');
    expect(text('wuyi-five-year')).to.contain('市级16家,县级113家。武义县获得');
  });

  it('joins a sentence across a blank line and a column break ("劳动和技能\\n\\n竞赛2万余场(次)")', () => {
    expect(text('jinhua-five-year')).to.contain('劳动和技能竞赛2万余场(次)，参与职工超100万人(次)');
  });

  it('joins "开展线上\\n\\n“春风行动”" across a blank line', () => {
    expect(text('yiwu-2020')).to.contain('开展线上“春风行动”，发布岗位的招聘信息');
  });

  it('joins a word split across a blank line ("工会文\\n\\n艺骨干")', () => {
    expect(text('yiwu-2020')).to.contain('组织工会文艺骨干志愿者创作编排三句半');
  });

  it('joins the double-spaced lines of yiwu-2020’s second half into paragraphs', () => {
    expect(text('yiwu-2020')).to.contain('加强思想引领、积极构建和谐劳动关系、多维度推进产业工人队伍建设改革、在助力疫情防控和复工复产第一线书写忠诚担当……近年来');
    expect(paragraphWith('yiwu-2020', '工会作为党领导的群团组织')).to.match(/^工会作为党领导的群团组织，必须保持政治定力.*矢志不渝跟党走。$/u);
  });

  it('joins a sentence across three blank lines ("深入\\n\\n\\n\\n开展践行")', () => {
    expect(text('wuyi-five-year')).to.contain('活动正能量进一步彰显。深入开展践行社会主义核心价值观');
  });

  it('does not end a paragraph at a semicolon at the end of a line', () => {
    expect(text('yiwu-2020')).to.contain('责令整改7个；开展劳动争议巡回受理');
  });

  it('ends a paragraph at a sentence end followed by a closing quote', () => {
    expect(paragraphWith('yiwu-2020', '以此全力构建和谐劳动关系')).to.match(/^“去年疫情期间.*以此全力构建和谐劳动关系。”$/u);
  });

  it('joins a caption opened by a marker with its second line', () => {
    expect(paragraphs('yiwu-2020')).to.include.members(['◀劳动和技能大赛提升劳动者技能。', '▲深入开展工会干部“当一周工人、体工会初心”活动。']);
  });

  it('normalises CR LF to LF', () => {
    const result = normalizeReportText('第一行，\r\n继续。\r\n\r\n下一段。\r\n');
    expect(result.text).to.equal('第一行，继续。\n下一段。');
  });
});

describe('normalizeReportText: headings and lists', () => {
  it('keeps a heading between body paragraphs as its own paragraph ("三场硬仗彰显工会力量")', () => {
    expect(paragraphs('yiwu-2020')).to.include('三场硬仗彰显工会力量');
  });

  it('keeps a heading inside the double-spaced columns as its own paragraph ("全力构建和谐劳动关系")', () => {
    expect(paragraphs('yiwu-2020')).to.include('全力构建和谐劳动关系');
  });

  it('keeps a heading before a caption as its own paragraph ("产业工人队伍建设改革实现新突破")', () => {
    expect(paragraphs('yiwu-2020')).to.include('产业工人队伍建设改革实现新突破');
  });

  it('keeps a headline and its subtitle as two paragraphs', () => {
    const list = paragraphs('yiwu-2020');
    const at = list.indexOf('勇担新使命 奋进新征程');
    expect(at).to.be.greaterThan(-1);
    expect(list[at + 1]).to.equal('奋力谱写新时代工会工作新篇章');
  });

  it('keeps the ◎ section headings as paragraphs (the space after ◎ dropped)', () => {
    expect(paragraphs('jinhua-five-year')).to.include.members(['◎思想铸魂，文化聚心', '◎建功立业，服务中心', '◎聚焦主业，维权舒心', '◎护航赋能，关爱暖心', '◎强基固本，不忘初心']);
    expect(paragraphs('wuyi-five-year')).to.include('◎聚焦中心大局,有效提升工会影响力和凝聚力');
  });

  it('keeps a ◎ heading printed inside a sentence apart, splitting the sentence around it', () => {
    const list = paragraphs('jinhua-five-year');
    const at = list.indexOf('◎聚焦主业，维权舒心');
    expect(list[at - 1]!.endsWith('345家企业获得全')).to.equal(true);
    expect(list[at + 1]!.startsWith('国、省、市劳动关系和谐企业荣誉称号')).to.equal(true);
  });

  it('keeps the dash subtitles and the 关键词 lines as paragraphs', () => {
    expect(paragraphs('jinhua-five-year')[1]).to.equal('——金华市工会五年工作回眸');
    expect(paragraphs('wuyi-five-year')).to.include.members(['——武义县总工会牢记使命践行“娘家人”的担当', '关键词:劳动竞赛、五水共治、素质工程', '关键词:组织建设、网上工会、双拥服务队']);
  });

  it('keeps jiande-2020’s headings and captions as paragraphs', () => {
    expect(paragraphs('jiande-2020')).to.include.members(['建德市总工会', '我市表彰“最美抗疫职工”', '弘扬精神 唱响新时代劳动美主旋律', '全国劳模王国平在京接受表彰', '“云上”工资集体协商']);
  });

  it('keeps yiwu-2018-plenary’s section headings as paragraphs', () => {
    expect(paragraphs('yiwu-2018-plenary')).to.include.members(['新时代工会工作新使命新要求', '义乌工会2018年做好做强的“十大工作品牌”']);
  });

  it('keeps the honour-list titles as paragraphs', () => {
    expect(paragraphs('yiwu-2018-plenary')).to.include.members(['义乌市“最美职工”', '“五星级示范工会”', '义乌市“工人先锋号”']);
  });

  it('keeps the names and workplaces of the honour list one per paragraph ("丁思诗", "浙江省义乌市国家税务局")', () => {
    expect(paragraphs('yiwu-2018-plenary')).to.include.members(['丁思诗', '朱俊芳', '杨开正', '楼仁斌', '浙江省义乌市国家税务局', '义乌市社会福利院', '义乌市公安局巡防大队']);
  });

  it('keeps every line of yiwu-2018-plenary’s honour lists as a paragraph of its own', () => {
    const source = raw['yiwu-2018-plenary'];
    const entries = source
      .slice(source.indexOf('义乌市“最美职工”'))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(entries).to.have.length(79);
    const list = paragraphs('yiwu-2018-plenary');
    expect(list.slice(list.length - entries.length)).to.deep.equal(entries);
  });

  it('keeps each numbered item of the plenary report as its own paragraph', () => {
    for (const item of ['一、工会社会化维权。', '五、“工人先锋号”创建。', '十、网上工会建设。']) {
      expect(paragraphs('yiwu-2018-plenary').filter((p) => p.startsWith(item)), item).to.have.length(1);
    }
  });

  it('treats a short line set apart in double-spaced columns as a heading only before a solid block', () => {
    const columns = ['这是第一段的最后一行。', '', '工会工作的重要', '', '内容在这里继续，', '', '一行一行写完了。', '', '全面推进改革', '', '新的段落从这里', '开始并且继续写', '到这里结束了。'].join('\n');
    expect(normalizeReportText(columns).text.split('\n')).to.deep.equal(['这是第一段的最后一行。', '工会工作的重要内容在这里继续，一行一行写完了。', '全面推进改革', '新的段落从这里开始并且继续写到这里结束了。']);
  });

  it('joins a line set apart before a solid block when it is as wide as that block', () => {
    const columns = ['上一段结束了。', '', '全面推进改革工作', '', '继续写到这里为止', '然后在这里结束。'].join('\n');
    expect(normalizeReportText(columns).text.split('\n')).to.deep.equal(['上一段结束了。', '全面推进改革工作继续写到这里为止然后在这里结束。']);
  });
});

describe('normalizeReportText: characters kept as printed', () => {
  it('keeps the half-width commas, colons and brackets of the reports', () => {
    expect(text('yiwu-2018-plenary')).to.contain('3月9日,市总工会十七届九次全委(扩大)会议在市委党校召开。');
    expect(text('yiwu-2018-plenary')).to.contain('“五力”工会,团结动员广大职工');
    expect(text('wuyi-five-year')).to.contain('近日,武义县工会召开第十四次代表大会。');
  });

  it('keeps full-width punctuation and the middle dot', () => {
    expect(text('yiwu-2020')).to.contain('“尊法守法·携手筑梦”农民工公益法律服务行动21场次');
    expect(text('jinhua-five-year')).to.contain('传播力指数(WCI)屡创新高。');
  });

  it('maps a character outside the BMP back to its raw offset', () => {
    const result = normalizeReportText('开 展𠀀活动，\n\n继续。');
    expect(result.text).to.equal('开展𠀀活动，继续。');
    expect(result.rawOffset(2)).to.equal(3);
    expect(result.rawOffset(3)).to.equal(4);
    expect(result.rawOffset(result.text.indexOf('继'))).to.equal(10);
  });

  it('returns nothing for a blank text', () => {
    const result = normalizeReportText(' \n\n\t\n');
    expect(result.text).to.equal('');
    expect(result.paragraphs).to.deep.equal([]);
    expect(result.rawOffset(0)).to.equal(5);
  });

  it('refuses an offset outside the text', () => {
    const result = normalizeReportText('一句话。');
    expect(() => result.rawOffset(-1)).to.throw(RangeError);
    expect(() => result.rawOffset(5)).to.throw(RangeError);
    expect(result.rawOffset(4)).to.equal(4);
  });
});

for (const file of FILES) {
  describe(`normalizeReportText on ${file}`, () => {
    it('maps every kept character back to the same raw character, in order', () => {
      const { text: out, rawOffset } = normalized[file];
      const source = raw[file];
      for (let i = 0; i < out.length; i += 1) {
        const char = out[i]!;
        if (i > 0 && rawOffset(i) < rawOffset(i - 1)) expect.fail(`offsets decrease at ${i}`);
        if (char === '\n' || char === ' ') {
          if (!/\s/u.test(source[rawOffset(i)] ?? '')) expect.fail(`inserted "${char}" at ${i} maps to "${source[rawOffset(i)]}"`);
        } else if (source[rawOffset(i)] !== char) {
          expect.fail(`offset ${i}: "${char}" maps to "${source[rawOffset(i)]}"`);
        }
      }
      expect(rawOffset(out.length)).to.equal(source.length);
    });

    it('keeps every non-whitespace character of the raw text, in order', () => {
      expect(text(file).replace(/\s/gu, '')).to.equal(raw[file].replace(/\s/gu, ''));
    });

    it('has no blank line, CR, or whitespace at the ends of a paragraph', () => {
      expect(text(file)).not.to.contain('\n\n');
      expect(text(file)).not.to.contain('\r');
      for (const p of paragraphs(file)) expect(p.trim(), p).to.equal(p);
    });

    it('has no space between two CJK characters except in headings and list lines', () => {
      for (const p of paragraphs(file).filter((line) => CJK_SPACE_CJK.test(line))) {
        expect(CLAUSE_PUNCTUATION.test(p), `"${p}" has a space and clause punctuation`).to.equal(false);
        expect(p.split(' ').every((phrase) => [...phrase].length >= 2), `"${p}" is letter-spaced`).to.equal(true);
      }
    });

    it('describes its paragraphs as the non-empty lines of the text', () => {
      const { paragraphs: ranges, text: out } = normalized[file];
      expect(ranges.map((p) => out.slice(p.start, p.end))).to.deep.equal(out.split('\n'));
      expect(ranges.every((p) => p.end > p.start)).to.equal(true);
    });

    it('never ends a paragraph between a figure and its unit', () => {
      const list = paragraphs(file);
      for (let i = 0; i + 1 < list.length; i += 1) {
        const split = /[0-9.]$/u.test(list[i]!) && /^[0-9.%万亿千百十余多个名家人元次场件项起份批]/u.test(list[i + 1]!);
        if (split) expect.fail(`"${list[i]}" | "${list[i + 1]}"`);
      }
    });

    it('keeps its text and quantities when normalised again', () => {
      const once = text(file);
      const twice = normalizeReportText(once).text;
      expect(twice.replace(/\s/gu, '')).to.equal(once.replace(/\s/gu, ''));
      const figures = (t: string) => findQuantities(t).map((q) => `${q.text}=${q.value}`);
      expect(figures(twice)).to.deep.equal(figures(once));
    });
  });
}
