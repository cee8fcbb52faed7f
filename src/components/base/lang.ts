import { resolveLocale, type Locale } from '../../format/locale.js';
import { parentOf } from './page-attributes.js';

/** The `lang` of the nearest ancestor that has one, crossing shadow roots. */
export function inheritedLang(element: Element): string | undefined {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
  }
  return undefined;
}

export type LangResolution = { locale: Locale; invalid?: string };

/**
 * The locale a widget speaks: its own `lang` when supported; an unsupported own `lang`
 * falls back to zh-CN and is reported. Without its own, the nearest ancestor's: Chinese
 * pages get zh-CN, other languages' pages get en, a page without `lang` gets zh-CN.
 */
export function resolveLang(own: string | null, element: Element): LangResolution {
  if (own !== null && own.trim() !== '') {
    const locale = resolveLocale(own);
    return locale ? { locale } : { locale: 'zh-CN', invalid: own };
  }
  const inherited = inheritedLang(element)?.trim();
  if (!inherited) return { locale: 'zh-CN' };
  return { locale: resolveLocale(inherited) ?? 'en' };
}
