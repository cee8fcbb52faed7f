import type { ReportAnnotation } from '../../src/dataset/annotation.js';

export const annotation: ReportAnnotation = {
  report: {
    id: 'wuyi-five-year',
    issuer: { zh: '武义县总工会', en: 'Wuyi County Federation of Trade Unions' },
    region: '330723',
    title: '聚焦中心大局 精准服务职工——武义县总工会牢记使命践行“娘家人”的担当',
    titleEn: 'Focused on the central tasks, serving workers precisely: Wuyi County unions as the workers’ “maiden home”',
    kind: 'five-year',
    file: 'wuyi-five-year.txt',
    sha256: 'b2925fe13c3034fa052bb78e8ccf42000851c5241306451ead1b7173a699af3d',
    period: {
      start: '2013',
      end: '2017',
      evidence: ['回首过去五年', '截至2017年底'],
      note: 'Five years reviewed at the 14th county union congress, to the end of 2017.',
    },
  },
  facts: [],
  setAside: [],
  honorRolls: [],
};
