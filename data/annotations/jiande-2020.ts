import type { ReportAnnotation } from '../../src/dataset/annotation.js';

export const annotation: ReportAnnotation = {
  report: {
    id: 'jiande-2020',
    issuer: { zh: '建德市总工会', en: 'Jiande Federation of Trade Unions' },
    region: '330182',
    title: '用心用情守初心 善作善成显担当',
    titleEn: 'Keeping the original aspiration with heart and care, showing responsibility by getting things done',
    kind: 'annual',
    file: 'jiande-2020.txt',
    sha256: '99e476c44efc5aae53eb10ca58a243a2fb821e40b0917855535b80fce08c6b38',
    period: {
      start: '2020',
      end: '2020',
      evidence: ['2020年，市总工会积极履责尽责'],
    },
  },
  facts: [],
  setAside: [],
  honorRolls: [],
};
