/// <reference types="vite/client" />
import '../../src/define/union-county-map.js';
import { onFirstSight } from './lazy.js';
import { el, isEn, pageHref, param, replaceAddress, startPage, t, widget } from './shell.js';

// Home: the province map with the regions that issued a report, and the same regions as a
// list. Choosing one, on the map (click, or arrow keys and Enter) or in the list, shows its
// reports and their headline figures; the choice is kept in the URL (?region=330782). The
// headline grids' code and data load when a region is first chosen, not before.
const words = t({
  'zh-CN': {
    title: '各地工会工作报告',
    lead: '选择一个地区，查看它的报告和报告的主要数字。每个数字都来自报告原文，可以逐字核对。',
    regions: '发布报告的地区',
    reports: (n: number) => `${n} 份报告`,
    read: '阅读原文并核对每个数字',
    none: (name: string) => `${name}没有发布报告。请选择地图上高亮的地区。`,
    choose: '请在地图或列表中选择一个地区。',
    metric: '地图着色',
    noMetric: '不着色：有报告的地区',
    stated: (n: number) => `${n} 个地区`,
  },
  en: {
    title: 'Trade-union work reports by region',
    lead: 'Choose a region to see its reports and their headline figures. Every figure comes from the text of its report, and can be checked word by word.',
    regions: 'Regions that issued a report',
    reports: (n: number) => (n === 1 ? '1 report' : `${n} reports`),
    read: 'Read the text and check every figure',
    none: (name: string) => `${name} issued no report. Choose a highlighted region on the map.`,
    choose: 'Choose a region on the map or in the list.',
    metric: 'Colour the map by',
    noMetric: 'None: regions with a report',
    stated: (n: number) => `${n} regions`,
  },
});

const main = startPage('index', words.title);
/** Written by scripts/site/reader-data.ts (npm start and build:site run it first). */
interface HomeReport {
  id: string;
  region: string;
  zh: string;
  en: string;
}
const reports = Object.values(import.meta.glob<HomeReport[]>('../generated/reports.json', { import: 'default', eager: true }))[0] ?? [];
const codes = [...new Set(reports.map((r) => r.region))];
const regionName = (code: string) => {
  const found = reports.find((r) => r.region === code)!;
  return isEn ? found.en : found.zh;
};

const chosen = el('section', { class: 'region-reports', 'aria-live': 'polite' });
const buttons = codes.map((code) => {
  const count = reports.filter((r) => r.region === code).length;
  const button = el('button', { type: 'button', 'aria-pressed': 'false', 'data-region': code }, `${regionName(code)} · ${words.reports(count)}`);
  button.addEventListener('click', () => void choose(code));
  return button;
});

const defineGrid = () => import('../../src/define/union-kpi-grid.js');

async function choose(code: string): Promise<void> {
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['region'] === code));
  const query = new URLSearchParams(location.search);
  query.set('region', code);
  replaceAddress(`?${query}`);
  await defineGrid();
  chosen.replaceChildren(
    el('h2', {}, regionName(code)),
    ...reports
      .filter((r) => r.region === code)
      .map((r) =>
        el(
          'article',
          { class: 'report-card' },
          // The grid heads itself with the report's title.
          widget('union-kpi-grid', { report: r.id }),
          el('p', {}, el('a', { href: pageHref('report', { report: r.id }) }, words.read)),
        ),
      ),
  );
}

/**
 * A region chosen on the map: its own reports, else its prefecture's (a district of Jinhua
 * shows the Jinhua federation's report), else a note that it issued none.
 */
function chooseOnMap(code: string, name: string): void {
  const prefecture = `${code.slice(0, 4)}00`;
  if (codes.includes(code)) void choose(code);
  else if (codes.includes(prefecture)) void choose(prefecture);
  else {
    for (const b of buttons) b.setAttribute('aria-pressed', 'false');
    chosen.replaceChildren(el('p', {}, words.none(name)));
  }
}

/** Written by scripts/site/reader-data.ts: the metrics two regions or more state. */
interface MapMetric {
  id: string;
  zh: string;
  en: string;
  regions: number;
}
const mapMetrics = Object.values(import.meta.glob<MapMetric[]>('../generated/map-metrics.json', { import: 'default', eager: true }))[0] ?? [];
const askedMetric = mapMetrics.find((m) => m.id === param('metric'))?.id;

const map = widget('union-county-map', { metric: askedMetric });

// The choropleth: a metric chosen here colours the map (the map loads its values then),
// and the choice is kept in the address (?metric=…) like the chosen region.
const metricSelect = el(
  'select',
  { id: 'map-metric' },
  el('option', { value: '' }, words.noMetric),
  ...mapMetrics.map((m) => el('option', { value: m.id, selected: m.id === askedMetric ? '' : undefined }, isEn ? `${m.en} (${words.stated(m.regions)})` : `${m.zh}（${words.stated(m.regions)}）`)),
);
metricSelect.addEventListener('change', () => {
  const query = new URLSearchParams(location.search);
  if (metricSelect.value) {
    map.setAttribute('metric', metricSelect.value);
    query.set('metric', metricSelect.value);
  } else {
    map.removeAttribute('metric');
    query.delete('metric');
  }
  replaceAddress(`?${query}`);
});
const metricPicker = el('p', { class: 'map-metric' }, el('label', { for: 'map-metric' }, words.metric), ' ', metricSelect);
map.addEventListener('union-region-select', (event) => chooseOnMap(event.detail.code, event.detail.name));

const regionList = el('nav', { class: 'region-list', 'aria-label': words.regions }, el('ul', {}, ...buttons.map((b) => el('li', {}, b))));
main.insertBefore(el('p', { class: 'lead' }, words.lead), main.children[1] ?? null);
main.insertBefore(metricPicker, main.children[2] ?? null);
main.insertBefore(el('div', { class: 'home-map' }, map, regionList), main.children[3] ?? null);
main.insertBefore(chosen, main.children[4] ?? null);
// The figures in running text, at the foot of the page, upgrade when they are scrolled to.
const prose = document.querySelector('.prose');
if (prose) onFirstSight(prose, () => void import('../../src/define/union-figure.js'));
const asked = param('region');
if (asked && codes.includes(asked)) void choose(asked);
else chosen.append(el('p', {}, words.choose));
