import type { ReportAnnotation } from '../../src/dataset/annotation.js';

export const annotation: ReportAnnotation = {
  report: {
    id: 'yiwu-2018-plenary',
    issuer: { zh: '义乌市总工会', en: 'Yiwu Federation of Trade Unions' },
    region: '330782',
    title: '深化改革创新 全面履行职能 为高水平建成世界“小商品之都”建功立业',
    titleEn: 'Deepen reform, fulfil every duty, and build the world capital of small commodities',
    kind: 'plenary',
    file: 'yiwu-2018-plenary.txt',
    sha256: 'f6747ff909ce552ea704109579983cd97f3ac5cd9c16d493377db38836a9ca60',
    period: {
      start: '2018',
      end: '2018',
      evidence: ['义乌工会2018年做好做强的“十大工作品牌”'],
      note: 'Report to the plenary of 9 March (2018) with the 2018 work plan; its award lists honour the preceding year’s work.',
    },
  },
  facts: [],
  setAside: [],
  honorRolls: [],
};
