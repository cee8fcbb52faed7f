import type { ReportAnnotation } from '../../src/dataset/annotation.js';

export const annotation: ReportAnnotation = {
  report: {
    id: 'jinhua-five-year',
    issuer: { zh: '金华市总工会', en: 'Jinhua Federation of Trade Unions' },
    region: '330700',
    title: '踔厉奋发启新程 笃行不怠勇担当——金华市工会五年工作回眸',
    titleEn: 'Setting out with vigour, acting without pause: five years of union work in Jinhua',
    kind: 'five-year',
    file: 'jinhua-five-year.txt',
    sha256: '4df189b2814221aee22b9da0c4be1a13d797c5fe41f4631d1d4774a26c1dea58',
    period: {
      start: '2018',
      end: '2023',
      evidence: ['金华市工会五年工作回眸', '2018年以来', '中国工会十八大精神'],
      note: 'The five years before the 18th national union congress (October 2023); several figures are counted "2018年以来" (since 2018).',
    },
  },
  facts: [],
  setAside: [],
  honorRolls: [],
};
