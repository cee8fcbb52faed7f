import type { Locale } from '../../format/locale.js';

/** The source button's and popover's words, per locale. */
export interface PopoverMessages {
  source: string;
  sourceOf: (label: string) => string;
  close: string;
  /** What the source button opens, read as its description. */
  opens: string;
  /** The visible line on how to close the popover. */
  closeHint: string;
}

const zh: PopoverMessages = { source: '来源', sourceOf: (label) => `来源：${label}`, close: '关闭', opens: '打开报告原文中的这句话', closeHint: '按 Esc 键关闭' };
const en: PopoverMessages = { source: 'Source', sourceOf: (label) => `Source: ${label}`, close: 'Close', opens: 'Opens the sentence of the report this figure comes from', closeHint: 'Press Esc to close' };

/** The popover's messages for a locale. */
export function popoverMessages(locale: Locale): PopoverMessages {
  return locale === 'en' ? en : zh;
}
