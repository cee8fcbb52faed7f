import type { Locale } from '../../format/locale.js';

/** The words every widget shows, per locale (the error state's are in problem-messages.ts). */
export interface Messages {
  loading: string;
  source: string;
  sourceOf: (label: string) => string;
  close: string;
}

const zh: Messages = { loading: '正在加载', source: '来源', sourceOf: (label) => `来源：${label}`, close: '关闭' };
const en: Messages = { loading: 'Loading', source: 'Source', sourceOf: (label) => `Source: ${label}`, close: 'Close' };

/** The messages for a locale. */
export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}
