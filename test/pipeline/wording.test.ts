import { expect } from '@open-wc/testing';
import { annotations, regions, sharedMetrics } from '../../data/annotations/index.js';
import type { FactAnnotation, ReportAnnotation } from '../../src/pipeline/annotation.js';
import { buildDataset, DatasetBuildError, type BuildInput } from '../../src/pipeline/builder.js';
import { checkEnglishQuotes, englishTexts } from '../../src/pipeline/check-wording.js';
import { loadReportSources } from './report-sources.js';

let sources: BuildInput['sources'];
before(async () => {
  sources = await loadReportSources();
});

/** The build's problems after `change` is applied to one report's annotation. */
function problemsWith(report: string, change: (a: ReportAnnotation) => ReportAnnotation): string {
  try {
    buildDataset({ regions, sharedMetrics, sources, annotations: annotations.map((a) => (a.report.id === report ? change(a) : a)) });
  } catch (error) {
    if (error instanceof DatasetBuildError) return error.problems.join('\n');
    throw error;
  }
  return '';
}

const replaceFact = (quote: string, change: (f: FactAnnotation) => FactAnnotation) => (a: ReportAnnotation): ReportAnnotation => ({
  ...a,
  facts: a.facts.map((f) => (f.quote === quote ? change(f) : f)),
});

const addFact = (fact: FactAnnotation) => (a: ReportAnnotation): ReportAnnotation => ({ ...a, facts: [...a.facts, fact] });

describe('the builder checks what a card tells the reader', () => {
  it('builds the real annotations with no wording problem', () => {
    expect(problemsWith('yiwu-2020', (a) => a)).to.equal('');
  });

  it('fails when two cards of a report read the same for the same time', () => {
    const problems = problemsWith('yiwu-2020', addFact({ metric: 'legal.documents-drafted', key: 'again', quote: '为职工出庭诉讼代理3件' }));
    expect(problems).to.match(/facts yiwu-2020\.legal\.documents-drafted and yiwu-2020\.legal\.documents-drafted\.again read the same \("为职工代写法律文书", 2020–2020\)/);
  });

  it('fails when a report states one metric twice for the same time, even under different labels', () => {
    const problems = problemsWith(
      'yiwu-2020',
      addFact({ metric: 'legal.documents-drafted', key: 'again', quote: '为职工出庭诉讼代理3件', label: { zh: '另一个标签', en: 'Another label' } }),
    );
    expect(problems).to.contain('facts yiwu-2020.legal.documents-drafted and yiwu-2020.legal.documents-drafted.again state metric legal.documents-drafted for the same time (2020–2020)');
    expect(problems).not.to.contain('read the same');
  });

  it('lets two cards share a label when their periods differ', () => {
    const problems = problemsWith(
      'yiwu-2020',
      addFact({
        metric: 'legal.documents-drafted',
        key: 'since-2019',
        quote: '为职工出庭诉讼代理3件',
        period: { start: '2019', end: '2020', evidence: ['2019年以来'] },
      }),
    );
    expect(problems).not.to.contain('read the same');
    expect(problems).not.to.contain('state metric');
  });

  it('fails when a per-year quote (年均/每年) has a label that does not say so', () => {
    const problems = problemsWith('jinhua-five-year', (a) => ({
      ...a,
      metrics: a.metrics!.map((m) => (m.id === 'welfare.frontline-free-health-checks' ? { ...m, zh: '免费上门体检的一线职工' } : m)),
    }));
    expect(problems).to.contain('welfare.frontline-free-health-checks: the quote counts per year (年均/每年)');
  });

  it('fails when a clause says 目前/截至/已有 and the fact does not say stock or flow', () => {
    const problems = problemsWith('yiwu-2020', replaceFact('已有2000余家非公企业', ({ measure: _m, ...f }) => f));
    expect(problems).to.contain("yiwu-2020.skills.competition-firms: the quote's clause says 截至: state measure 'stock' or 'flow'");
  });

  it('fails when a stock is given a span instead of a point in time', () => {
    const problems = problemsWith(
      'yiwu-2020',
      replaceFact('已有2000余家非公企业', (f) => ({ ...f, period: { start: '2019', end: '2020', evidence: ['2019年以来'] } })),
    );
    expect(problems).to.contain('a stock stands at a point in time, but its period runs 2019–2020');
  });

  it('fails when a county report labels a prefecture honour without naming the prefecture', () => {
    const problems = problemsWith('yiwu-2020', replaceFact('金华市劳模15名', ({ label: _l, ...f }) => f));
    expect(problems).to.contain('yiwu-2020.honours.model-workers.prefecture: the label must name the prefecture level or its body ("市级劳动模范"');
  });

  it('fails when a figure about another region does not name it', () => {
    const problems = problemsWith('yiwu-2020', replaceFact('检查工地20余个', (f) => ({ ...f, region: '330784' })));
    expect(problems).to.contain('the figure is about 永康市, not the issuer\'s region: the label must name it');
  });

  it('fails when an honour roll’s heading is not in the text', () => {
    const problems = problemsWith('yiwu-2018-plenary', (a) => ({
      ...a,
      honorRolls: a.honorRolls.map((r, i) => (i === 0 ? { ...r, heading: '义乌市“最美工人”' } : r)),
    }));
    expect(problems).to.contain('honour roll most-beautiful-workers: heading "义乌市“最美工人”" is not in the text');
  });
});

describe('the builder keeps English typography and award names consistent', () => {
  it('fails on a straight quote or apostrophe in an English text, naming the record and the field', () => {
    const problems = problemsWith('yiwu-2020', (a) => ({
      ...a,
      report: { ...a.report, titleEn: "Yiwu's unions in 2020" },
      metrics: a.metrics!.map((m) => (m.id === 'outreach.workers-lecture-hall' ? { ...m, en: '"Workers’ Lecture Hall" sessions, running total' } : m)),
      facts: a.facts.map((f) => (f.quote === '金华市劳模15名' ? { ...f, note: { zh: '金华市', en: "Jinhua's own roll" } } : f)),
      honorRolls: a.honorRolls.map((r) => ({ ...r, issuer: { zh: '长三角', en: "The Delta's unions" } })),
    }));
    expect(problems).to.contain('report yiwu-2020 titleEn: "Yiwu\'s unions in 2020" has a straight \': write ’ for an apostrophe and “ ” for quotes');
    expect(problems).to.contain('metric outreach.workers-lecture-hall en: ""Workers’ Lecture Hall" sessions, running total" has a straight "');
    expect(problems).to.contain('fact yiwu-2020.honours.model-workers.prefecture note.en: "Jinhua\'s own roll" has a straight \'');
    expect(problems).to.contain('honour roll yiwu-2020.yangtze-delta-reform-cases issuer.en: "The Delta\'s unions" has a straight \'');
  });

  it('checks the shared metrics and the report’s period note too', () => {
    const shared = sharedMetrics.map((m) => (m.id === 'welfare.mothers-rooms' ? { ...m, en: "Mothers' rooms" } : m));
    const changed = annotations.map((a) => (a.report.id === 'jinhua-five-year' ? { ...a, report: { ...a.report, period: { ...a.report.period, note: 'Counted "2018年以来".' } } } : a));
    let problems = '';
    try {
      buildDataset({ regions, sharedMetrics: shared, sources, annotations: changed });
    } catch (error) {
      if (!(error instanceof DatasetBuildError)) throw error;
      problems = error.problems.join('\n');
    }
    expect(problems).to.contain('metric welfare.mothers-rooms en: "Mothers\' rooms" has a straight \'');
    expect(problems).to.contain('report jinhua-five-year period.note: "Counted "2018年以来"." has a straight "');
  });

  it('lets curly quotes and apostrophes pass, and leaves pinyin region names alone', () => {
    const problems: string[] = [];
    const { dataset } = buildDataset({ regions, sharedMetrics, sources, annotations });
    checkEnglishQuotes(dataset, problems);
    expect(problems).to.deep.equal([]);
    expect(englishTexts(dataset).map((t) => t.text)).to.include.members(['“Heart Harbour” counselling rooms', 'Mothers’ rooms']);
    expect(dataset.regions.map((r) => r.en)).to.include("Pan'an");
  });

  it('fails when one award has two English names', () => {
    const problems = problemsWith('jinhua-five-year', (a) => ({
      ...a,
      honorRolls: a.honorRolls.map((r) => (r.key === 'national-model-workers' ? { ...r, award: { zh: '全国劳动模范', en: 'National model worker' } } : r)),
    }));
    expect(problems).to.contain(
      'honour rolls jinhua-five-year.national-model-workers and jiande-2020.national-model-workers give award 全国劳动模范 two English names ("National model worker" / "National Model Worker")',
    );
  });
});

describe('the built dataset', () => {
  it('locates each printed list’s heading in its report', () => {
    const { dataset } = buildDataset({ regions, sharedMetrics, sources, annotations });
    const rolls = dataset.honorRolls.filter((r) => r.report === 'yiwu-2018-plenary');
    expect(rolls.map((r) => r.heading?.quote)).to.deep.equal(['义乌市“最美职工”', '“五星级示范工会”', '义乌市“工人先锋号”']);
  });

  it('gives every report at most one fact per metric and time', () => {
    const { dataset } = buildDataset({ regions, sharedMetrics, sources, annotations });
    const keys = dataset.facts.map((f) => `${f.report} ${f.metric} ${f.period?.start ?? ''}–${f.period?.end ?? ''}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });
});
