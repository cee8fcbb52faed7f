import type { HonoreeKind } from '../../dataset/types.js';
import type { Locale } from '../../format/locale.js';

/** The roll's words, per locale. */
export interface RollWords {
  title: string;
  titleOf: (issuer: string) => string;
  search: string;
  searchHint: string;
  level: string;
  year: string;
  report: string;
  kind: string;
  all: string;
  kinds: Record<HonoreeKind, string>;
  /** How many entries the filter shows, for the live region. */
  found: (shown: number, total: number) => string;
  /** An award's count: 10人, 25个, 3项. */
  count: (n: number, kinds: readonly HonoreeKind[]) => string;
  yearOf: (year: number) => string;
  conferredBy: (issuer: string) => string;
  empty: string;
  clear: string;
  previous: string;
  next: string;
  page: (page: number, pages: number) => string;
  pages: string;
  printedAs: string;
  columns: { name: string; workplace: string; kind: string; source: string };
  csv: readonly string[];
}

const zh: RollWords = {
  title: '荣誉榜',
  titleOf: (issuer) => `${issuer}荣誉榜`,
  search: '搜索姓名或单位',
  searchHint: '全角半角、空格均可',
  level: '级别',
  year: '年份',
  report: '报告',
  kind: '类别',
  all: '全部',
  kinds: { person: '个人', organisation: '集体', project: '项目或案例' },
  found: (shown, total) => (shown === total ? `共 ${total} 条` : `找到 ${shown} 条（共 ${total} 条）`),
  count: (n, kinds) => `${n}${kinds.every((k) => k === 'person') ? '人' : kinds.every((k) => k === 'project') ? '项' : '个'}`,
  yearOf: (year) => `${year}年`,
  conferredBy: (issuer) => `${issuer}授予`,
  empty: '没有符合筛选条件的条目。',
  clear: '清除筛选',
  previous: '上一页',
  next: '下一页',
  page: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  pages: '分页',
  printedAs: '原文',
  columns: { name: '名称', workplace: '单位', kind: '类别', source: '来源' },
  csv: ['荣誉', '级别', '年份', '授予单位', '类别', '名称', '单位', '报告', '原文'],
};

const en: RollWords = {
  title: 'Honour rolls',
  titleOf: (issuer) => `Honour rolls: ${issuer}`,
  search: 'Search names or workplaces',
  searchHint: 'Full or half width, with or without spaces',
  level: 'Level',
  year: 'Year',
  report: 'Report',
  kind: 'Kind',
  all: 'All',
  kinds: { person: 'Person', organisation: 'Organisation', project: 'Project or case' },
  found: (shown, total) => (shown === total ? `${total} entries` : `${shown} of ${total} entries`),
  count: (n, kinds) => {
    const noun = kinds.every((k) => k === 'person') ? ['person', 'people'] : kinds.every((k) => k === 'project') ? ['project', 'projects'] : ['entry', 'entries'];
    return `${n} ${n === 1 ? noun[0] : noun[1]}`;
  },
  yearOf: (year) => String(year),
  conferredBy: (issuer) => `conferred by ${issuer}`,
  empty: 'No entry matches this filter.',
  clear: 'Clear filters',
  previous: 'Previous',
  next: 'Next',
  page: (page, pages) => `Page ${page} of ${pages}`,
  pages: 'Pages',
  printedAs: 'As printed',
  columns: { name: 'Name', workplace: 'Workplace', kind: 'Kind', source: 'Source' },
  csv: ['award', 'level', 'year', 'issuer', 'kind', 'name', 'workplace', 'report', 'quote'],
};

/** The roll's words for a locale. */
export function rollWords(locale: Locale): RollWords {
  return locale === 'en' ? en : zh;
}
