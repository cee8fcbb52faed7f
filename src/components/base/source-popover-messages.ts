import type { Locale } from '../../format/locale.js';

/** The source button's and popover's words, per locale. */
export interface PopoverMessages {
  source: string;
  sourceOf: (label: string) => string;
  close: string;
}

const zh: PopoverMessages = { source: '来源', sourceOf: (label) => `来源：${label}`, close: '关闭' };
const en: PopoverMessages = { source: 'Source', sourceOf: (label) => `Source: ${label}`, close: 'Close' };

/** The popover's messages for a locale. */
export function popoverMessages(locale: Locale): PopoverMessages {
  return locale === 'en' ? en : zh;
}
