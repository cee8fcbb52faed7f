import type { HonorLevel, Unit } from '../../dataset/types.js';
import type { Locale } from '../../format/locale.js';
import { enNoun, zhMeasureWord } from '../../format/index.js';

const LEVEL_NAMES: Record<HonorLevel | 'none', { zh: string; en: string }> = {
  national: { zh: '全国级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  prefecture: { zh: '市级', en: 'Prefecture' },
  county: { zh: '县级', en: 'County' },
  none: { zh: '其他', en: 'Other' },
};

/** A level's name in a legend or group heading. */
export function levelName(level: HonorLevel | 'none', locale: Locale): string {
  return LEVEL_NAMES[level][locale === 'en' ? 'en' : 'zh'];
}

/** What an open bar end means, for the legend. */
export function openEndMeaning(kind: 'over' | 'nearly', locale: Locale): string {
  if (locale === 'en') return kind === 'over' ? 'Open end: more than shown (“over”)' : 'Open end: a little less than shown (“nearly”)';
  return kind === 'over' ? '末端开口：实际多于此数（余、多、超、以上）' : '末端开口：实际略少于此数（近）';
}

/** A panel's unit caption. */
export function unitCaption(unit: Unit, locale: Locale): string {
  if (locale === 'en') return `Unit: ${unit === 'yuan' ? 'yuan' : enNoun(unit, 2)}`;
  return `单位：${zhMeasureWord(unit) || '个'}`;
}
