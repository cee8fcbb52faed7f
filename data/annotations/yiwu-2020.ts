import type { ReportAnnotation } from '../../src/dataset/annotation.js';

export const annotation: ReportAnnotation = {
  report: {
    id: 'yiwu-2020',
    issuer: { zh: '义乌市总工会', en: 'Yiwu Federation of Trade Unions' },
    region: '330782',
    title: '勇担新使命 奋进新征程 奋力谱写新时代工会工作新篇章',
    titleEn: 'Taking on the new mission, striving on the new journey: a new chapter of union work in the new era',
    kind: 'annual',
    file: 'yiwu-2020.txt',
    sha256: '4f947d00feb17cfe1ffb484df88561ba9b4dc922f52fa137fad1b91f3ec07cb5',
    period: {
      start: '2020',
      end: '2020',
      evidence: ['2020年是一个特殊的年份'],
      note: 'Some figures are totals "2019年以来" (since 2019); those facts say so in their own period.',
    },
  },
  facts: [],
  setAside: [],
  honorRolls: [],
};
