export type PageLocale = 'zh-CN' | 'en';

const TEXT = {
  'zh-CN': {
    title: 'union-viz：工会工作报告数据组件',
    intro: '每个数字都来自报告原文。点击“来源”查看原句。',
    language: '语言',
    theme: '主题',
    auto: '跟随系统',
    light: '浅色',
    dark: '深色',
    embed: '嵌入代码',
    copy: '复制',
    copied: '已复制',
    inlineHeading: '正文中的数字',
    fiveYearHeading: '五年回顾：荣誉、跨报告比较与分类概览',
  },
  en: {
    title: 'union-viz: widgets for trade-union work reports',
    intro: 'Every figure comes from the text of a report. Press “Source” to read the sentence.',
    language: 'Language',
    theme: 'Theme',
    auto: 'System',
    light: 'Light',
    dark: 'Dark',
    embed: 'Embed code',
    copy: 'Copy',
    copied: 'Copied',
    inlineHeading: 'A figure in running text',
    fiveYearHeading: 'Five-year reviews: honours, one metric across reports, a category at a glance',
  },
} as const;

/** The demo page's own words. */
export function pageText(locale: PageLocale): (typeof TEXT)[PageLocale] {
  return TEXT[locale];
}
