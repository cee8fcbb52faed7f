/** The languages widgets speak. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The supported locale for a BCP 47 tag: any Chinese tag (zh, zh-CN, zh-Hans-CN) → zh-CN,
 * any English one (en, en-US, en-GB) → en; undefined for anything else.
 *
 * @example resolveLocale('zh-Hans') // 'zh-CN'
 */
export function resolveLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}
