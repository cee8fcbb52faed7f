/// <reference types="vite/client" />
import schemaUrl from '../../data/dataset.schema.json?url';
import { csvText } from '../../src/components/base/csv.js';
import { embeddedDataset } from '../../src/dataset/embedded.js';
import { factLabel, metricCategory } from '../../src/dataset/wording.js';
import type { Fact } from '../../src/dataset/types.js';
import { formatPeriod } from '../../src/format/period.js';
import { quantityWords } from '../../src/format/quantity-words.js';
import { el, isEn, lang, pageHref, startPage, t } from './shell.js';

// The data explorer: every fact in one table, filtered, searched, sorted, downloaded as seen.
const words = t({
  'zh-CN': {
    title: '数据浏览',
    lead: '所有报告的全部数字。可按条件筛选、搜索标签和原文、点击列标题排序，并下载当前视图。',
    schema: '数据结构（JSON Schema）',
    search: '搜索标签和原文',
    all: '全部',
    report: '报告',
    category: '分类',
    region: '地区',
    unit: '单位',
    approx: '精确度',
    label: '标签',
    value: '数值',
    period: '时期',
    quote: '原文',
    csv: '下载 CSV',
    json: '下载 JSON',
    jsonNote: '（JSON 保留数据集的原始代码，如 person、over，与数据结构一致）',
    shown: (n: number, total: number) => `显示 ${n} / ${total} 个数字`,
    caption: '数字表',
  },
  en: {
    title: 'Data explorer',
    lead: 'Every figure of every report. Filter, search the labels and quotes, sort by a column heading, and download the view.',
    schema: 'The data contract (JSON Schema)',
    search: 'Search labels and quotes',
    all: 'All',
    report: 'Report',
    category: 'Category',
    region: 'Region',
    unit: 'Unit',
    approx: 'Approximation',
    label: 'Label',
    value: 'Value',
    period: 'Period',
    quote: 'Quote',
    csv: 'Download CSV',
    json: 'Download JSON',
    jsonNote: ' (JSON keeps the dataset’s codes, such as person and over, as the data contract defines them)',
    shown: (n: number, total: number) => `${n} of ${total} facts shown`,
    caption: 'Facts',
  },
});

const dataset = embeddedDataset();
const main = startPage('explorer', words.title);

/** One row of the table: what a column shows and sorts by. */
interface Row {
  fact: Fact;
  label: string;
  report: string;
  category: string;
  region: string;
  /** The unit in the reader's words (人, people); the filter matches its code. */
  unit: string;
  /** The approximation in the reader's words (超过, over); the filter matches its code. */
  approx: string;
  value: number;
  period: string;
  quote: string;
}

const rows: Row[] = dataset.facts().map((fact) => {
  const metricLookup = dataset.metric(fact.metric);
  const metric = metricLookup.ok ? metricLookup.value : undefined;
  const report = dataset.report(fact.report);
  const region = dataset.region(fact.region);
  const period = fact.period ?? (report.ok ? report.value.period : undefined);
  const named = quantityWords(fact.quantity, lang);
  return {
    fact,
    label: isEn ? factLabel(fact, metric).en : factLabel(fact, metric).zh,
    report: fact.report,
    category: metric ? metricCategory(metric) : '',
    region: region.ok ? (isEn ? region.value.en : region.value.zh) : fact.region,
    unit: named.unit,
    approx: named.approx,
    value: fact.quantity.value,
    period: period ? formatPeriod(period, lang) : '',
    quote: fact.source.quote,
  };
});

type FilterKey = 'report' | 'category' | 'region' | 'unit' | 'approx';
const FILTERS: FilterKey[] = ['report', 'category', 'region', 'unit', 'approx'];
/** What a filter matches: the dataset's code for a unit or an approximation (stable across languages), else what the row shows. */
const filterValue = (r: Row, key: FilterKey): string => (key === 'unit' || key === 'approx' ? r.fact.quantity[key] : r[key]);
const selects = new Map<FilterKey, HTMLSelectElement>();
const search = el('input', { type: 'search', id: 'search' });
const filters = el(
  'div',
  { class: 'filters', role: 'search' },
  el('label', {}, words.search, search),
  ...FILTERS.map((key) => {
    const shown = new Map(rows.map((r) => [filterValue(r, key), r[key]]));
    const values = [...shown.keys()].sort((a, b) => shown.get(a)!.localeCompare(shown.get(b)!, lang));
    const select = el('select', { 'data-filter': key }, el('option', { value: '' }, words.all), ...values.map((v) => el('option', { value: v }, shown.get(v) || v)));
    selects.set(key, select);
    return el('label', {}, words[key], select);
  }),
);

type Column = 'label' | 'value' | 'unit' | 'report' | 'region' | 'period' | 'quote';
const COLUMNS: Column[] = ['label', 'value', 'unit', 'report', 'region', 'period', 'quote'];
let sortBy: Column = 'report';
let ascending = true;
const headRow = el('tr');
const body = el('tbody');
const count = el('p', { 'aria-live': 'polite' });
const csvLink = el('a', { download: 'union-viz-facts.csv' }, words.csv);
const jsonLink = el('a', { download: 'union-viz-facts.json' }, words.json);

function visible(): Row[] {
  const needle = search.value.trim().toLowerCase();
  return rows
    .filter((r) => FILTERS.every((key) => !selects.get(key)!.value || filterValue(r, key) === selects.get(key)!.value))
    .filter((r) => !needle || `${r.label} ${r.quote} ${r.fact.metric}`.toLowerCase().includes(needle))
    .sort((a, b) => {
      const x = a[sortBy];
      const y = b[sortBy];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
      return ascending ? order : -order;
    });
}

/** The view as CSV (UTF-8 with a byte-order mark): ids as in the dataset, the unit and approximation in words, as the table shows them. */
function viewCsv(view: Row[]): string {
  const header = ['id', 'report', 'region', 'metric', 'label', 'value', 'max', 'unit', 'approx', 'qualifier', 'text', 'period', 'quote'];
  return csvText(
    header,
    view.map((r) => [r.fact.id, r.report, r.fact.region, r.fact.metric, r.label, r.value, r.fact.quantity.max ?? '', r.unit, r.approx, r.fact.quantity.qualifier ?? '', r.fact.quantity.text, r.period, r.quote]),
  );
}

let urls: string[] = [];
function draw(): void {
  const view = visible();
  headRow.replaceChildren(
    ...COLUMNS.map((c) => {
      const button = el('button', { type: 'button', class: 'sort' }, words[c]);
      button.addEventListener('click', () => {
        ascending = sortBy === c ? !ascending : true;
        sortBy = c;
        draw();
      });
      return el('th', { scope: 'col', 'aria-sort': c === sortBy ? (ascending ? 'ascending' : 'descending') : undefined }, button);
    }),
  );
  body.replaceChildren(
    ...view.map((r) =>
      el(
        'tr',
        {},
        el('td', {}, r.label),
        el('td', { class: 'num' }, r.fact.quantity.text),
        el('td', { class: 'short' }, r.unit),
        el('td', { class: 'short' }, el('a', { href: pageHref('report', { report: r.report }, `#${r.fact.id}`) }, r.report)),
        el('td', { class: 'short' }, r.region),
        el('td', { class: 'short' }, r.period),
        el('td', { lang: 'zh-CN', class: 'quote' }, r.quote),
      ),
    ),
  );
  count.textContent = words.shown(view.length, rows.length);
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [URL.createObjectURL(new Blob([viewCsv(view)], { type: 'text/csv;charset=utf-8' })), URL.createObjectURL(new Blob([JSON.stringify(view.map((r) => r.fact), null, 2)], { type: 'application/json' }))];
  csvLink.href = urls[0]!;
  jsonLink.href = urls[1]!;
}

search.addEventListener('input', draw);
for (const select of selects.values()) select.addEventListener('change', draw);
main.append(
  el('p', { class: 'lead' }, words.lead, ' ', el('a', { href: schemaUrl }, words.schema)),
  filters,
  el('p', { class: 'downloads' }, csvLink, ' · ', jsonLink, words.jsonNote),
  count,
  el('div', { class: 'table-wrap' }, el('table', { class: 'wide' }, el('caption', { class: 'visually-hidden' }, words.caption), el('thead', {}, headRow), body)),
);
draw();
