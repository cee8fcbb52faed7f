/** The languages widgets speak. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A BCP 47 tag (or a POSIX-style one with `_`): language, then subtags of 1–8 letters or digits. */
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/;

/**
 * The supported locale for a language tag, case-insensitively: any Chinese tag (zh, zh-CN,
 * zh-Hans, zh-Hans-CN, and zh-TW too, since a Traditional reader reads Simplified better than
 * English) → zh-CN; any English one (en, en-US, en-GB) → en; undefined for anything else.
 *
 * @example resolveLocale('zh-Hans') // 'zh-CN'
 * @example resolveLocale('EN-gb') // 'en'
 * @example resolveLocale('fr') // undefined
 */
export function resolveLocale(value: string | null | undefined): Locale | undefined {
  const language = TAG.exec(value?.trim().toLowerCase() ?? '')?.[1];
  if (language === 'zh') return 'zh-CN';
  if (language === 'en') return 'en';
  return undefined;
}
