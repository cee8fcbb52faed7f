import type { HonorLevel } from '../../dataset/types.js';
import type { Locale } from '../../format/locale.js';

// The honour levels' names, shared by the bar chart (legend, group headings) and the honour
// roll (badges, filter, CSV): in the charts' base chunk, which both load.

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
