import type { Locale } from '../../format/locale.js';

/** The words the chart base shows (menu, table, keys), per locale. */
export interface ChartMessages {
  menu: string;
  menuOf: (title: string) => string;
  downloadPng: string;
  downloadSvg: string;
  downloadCsv: string;
  copyEmbed: string;
  copied: string;
  copyFailed: string;
  exportFailed: string;
  showTable: string;
  keys: string;
  credit: string;
  sourceLine: (sources: string) => string;
  columns: { label: string; value: string; unit: string; approx: string; text: string; period: string; region: string; report: string; quote: string };
}

const zh: ChartMessages = {
  menu: '菜单',
  menuOf: (title) => `菜单：${title}（下载与嵌入）`,
  downloadPng: '下载 PNG 图片',
  downloadSvg: '下载 SVG 矢量图',
  downloadCsv: '下载 CSV 数据',
  copyEmbed: '复制嵌入代码',
  copied: '嵌入代码已复制',
  copyFailed: '无法写入剪贴板，请手动复制：',
  exportFailed: '本页面不允许生成此文件（可能受安全策略限制）。',
  showTable: '以表格显示',
  keys: '按 Tab 进入图表，方向键在条形之间移动，Home/End 跳到首尾，Enter 查看来源，Esc 关闭。',
  credit: '制图：union-viz',
  sourceLine: (sources) => `来源：${sources}`,
  columns: { label: '项目', value: '数值', unit: '单位', approx: '约数', text: '原文写法', period: '时期', region: '地区', report: '报告', quote: '原文' },
};

const en: ChartMessages = {
  menu: 'Menu',
  menuOf: (title) => `Menu: ${title} (download and embed)`,
  downloadPng: 'Download PNG image',
  downloadSvg: 'Download SVG image',
  downloadCsv: 'Download CSV data',
  copyEmbed: 'Copy embed code',
  copied: 'Embed code copied',
  copyFailed: 'The clipboard is not available; copy the code by hand:',
  exportFailed: 'This page does not allow making this file (its security policy may block it).',
  showTable: 'Show as table',
  keys: 'Tab into the chart, then arrow keys move between bars, Home and End jump, Enter opens the source, Esc closes it.',
  credit: 'Chart: union-viz',
  sourceLine: (sources) => `Source: ${sources}`,
  columns: { label: 'Label', value: 'Value', unit: 'Unit', approx: 'Approximation', text: 'As printed', period: 'Period', region: 'Region', report: 'Report', quote: 'Quote' },
};

/** The chart base's words for a locale. */
export function chartMessages(locale: Locale): ChartMessages {
  return locale === 'en' ? en : zh;
}
