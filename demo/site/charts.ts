import { whenVisible } from './lazy.js';
import { el, startPage, t, widget } from './shell.js';

// The five-year reviews' bar charts; each carries its own menu (data table, PNG, SVG, CSV, embed).
// Each chart's code and data load when it is scrolled to.
const words = t({
  'zh-CN': {
    title: '五年回顾',
    lead: '两份五年报告里的荣誉、跨报告的同一指标和一个分类的概览。每个图表的菜单可以查看数据表、下载图片和数据、复制嵌入代码。',
  },
  en: {
    title: 'Five-year reviews',
    lead: 'Honours in the two five-year reports, one metric across reports, and a category at a glance. Each chart’s menu shows its data table, downloads it as an image or data, and copies its embed code.',
  },
});

const CHARTS = [
  { report: 'jinhua-five-year', category: 'honours', group: 'level' },
  { report: 'wuyi-five-year', category: 'honours', group: 'level' },
  { metric: 'honours.craftsmen.prefecture', sort: 'value' },
  { report: 'wuyi-five-year', category: 'welfare' },
];
const defineChart = () => import('../../src/define/union-bar-chart.js');

const main = startPage('charts', words.title);
main.append(
  el('p', { class: 'lead' }, words.lead),
  el(
    'div',
    { class: 'grid' },
    // A chart of this page stands about 55rem tall.
    ...CHARTS.map((attributes) => whenVisible(defineChart, () => widget('union-bar-chart', attributes), '55rem')),
  ),
);
