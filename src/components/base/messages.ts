import type { Locale } from '../../format/locale.js';

/** The words every widget shows, per locale (the error state's are in problem-messages.ts). */
export interface Messages {
  loading: string;
  source: string;
  sourceOf: (label: string) => string;
  close: string;
  /** What the source button opens, read as its description. */
  sourceOpens: string;
  /** How to close the source popover, shown in it. */
  closeHint: string;
}

const zh: Messages = { loading: '正在加载', source: '来源', sourceOf: (label) => `来源：${label}`, close: '关闭', sourceOpens: '打开报告原文中的这句话', closeHint: '按 Esc 键关闭' };
const en: Messages = { loading: 'Loading', source: 'Source', sourceOf: (label) => `Source: ${label}`, close: 'Close', sourceOpens: 'Opens the sentence of the report this figure comes from', closeHint: 'Press Esc to close' };

/** The messages for a locale. */
export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}
