import type { Locale } from '../../format/locale.js';

/**
 * The words every widget shows before its data, per locale. They ship in every tag file;
 * the source popover's are in source-popover-messages.ts and the error state's in
 * problem-messages.ts, loaded with the code that shows them.
 */
export interface Messages {
  loading: string;
}

const zh: Messages = { loading: '正在加载' };
const en: Messages = { loading: 'Loading' };

/** The messages for a locale. */
export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}
