import type { Unit } from '../../dataset/types.js';
import type { Locale } from '../../format/locale.js';
import type { OpenKind } from './marks.js';
import { enNoun, zhMeasureWord } from '../../format/index.js';

const OPEN_END_MEANINGS: Record<OpenKind, { zh: string; en: string }> = {
  over: { zh: '末端开口：实际多于此数（余、多、超、以上）', en: 'Open end: more than shown (“over”)' },
  nearly: { zh: '末端开口：实际略少于此数（近）', en: 'Open end: a little less than shown (“nearly”)' },
  range: { zh: '虚线段：报告给出的区间，从下限到上限（如10%—18%）', en: 'Dashed stretch: a range the report gives, from its lower to its upper figure (e.g. 10%–18%)' },
};

/** What an open bar end (or a range's stretch) means, for the legend. */
export function openEndMeaning(kind: OpenKind, locale: Locale): string {
  return OPEN_END_MEANINGS[kind][locale === 'en' ? 'en' : 'zh'];
}

/** A panel's unit caption, in the measure word the report printed (人, not 名, for "8人"). */
export function unitCaption(unit: Unit, locale: Locale, printed?: string): string {
  if (locale === 'en') return `Unit: ${unit === 'yuan' ? 'yuan' : enNoun(unit, 2)}`;
  return `单位：${zhMeasureWord(unit, printed) || '个'}`;
}

const CATEGORY_NAMES: Record<string, { zh: string; en: string }> = {
  covid: { zh: '疫情防控', en: 'COVID-19 response' },
  rights: { zh: '维权服务', en: 'Workers’ rights' },
  legal: { zh: '法律服务', en: 'Legal work' },
  skills: { zh: '技能提升', en: 'Skills' },
  honours: { zh: '荣誉', en: 'Honours' },
  organisation: { zh: '组织建设', en: 'Organisation' },
  welfare: { zh: '帮扶与福利', en: 'Welfare' },
  culture: { zh: '文化阵地', en: 'Culture' },
  economy: { zh: '经济建设', en: 'Economy' },
  reform: { zh: '改革', en: 'Reform' },
  outreach: { zh: '宣传', en: 'Outreach' },
};

/** A category's name in a chart title; the id itself for a category this table lacks. */
export function categoryName(category: string, locale: Locale): string {
  return CATEGORY_NAMES[category]?.[locale === 'en' ? 'en' : 'zh'] ?? category;
}

/** The note a chart draws when it sets side by side figures counted differently. */
export function comparabilityNote(notes: readonly string[], locale: Locale): string {
  const head = locale === 'en' ? 'Definitions differ: these figures are not counted the same way in every report.' : '口径不同：各报告的统计口径不一，不宜直接比较。';
  // Chinese sentences follow each other with no space between them.
  return [head, ...notes].join(locale === 'en' ? ' ' : '');
}
