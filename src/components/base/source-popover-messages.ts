import type { Locale } from '../../format/locale.js';

/**
 * The source button's words and the popover's name, per locale. The words inside the
 * popover load with its content (source-content.ts).
 */
export interface PopoverMessages {
  source: string;
  sourceOf: (label: string) => string;
  /** What the source button opens, read as its description. */
  opens: string;
}

const zh: PopoverMessages = { source: '来源', sourceOf: (label) => `来源：${label}`, opens: '打开报告原文中的这句话' };
const en: PopoverMessages = { source: 'Source', sourceOf: (label) => `Source: ${label}`, opens: 'Opens the sentence of the report this figure comes from' };

/** The popover's messages for a locale. */
export function popoverMessages(locale: Locale): PopoverMessages {
  return locale === 'en' ? en : zh;
}
