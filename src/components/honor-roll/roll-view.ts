import { html, nothing, type TemplateResult } from 'lit';
import { entryLine } from '../../dataset/spans.js';
import { HONOR_LEVELS, HONOREE_KINDS, type HonorRoll, type Report } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { levelName } from '../base/level-words.js';
import { ChartMenu } from '../base/chart-menu.js';
import { chartMessages } from '../base/chart-messages.js';
import type { ExportSource } from '../base/chart-export.js';
import { exportSourceFrom, fileStem } from '../base/export-source.js';
import type { WidgetProblem } from '../base/problem.js';
import { SourcePopover } from '../base/source-popover.js';
import { entrySource } from './entry-source.js';
import { highlight } from './fold.js';
import { rollToCsv } from './roll-csv.js';
import { filterRows, groupRows, readFilter, rollYears, rowsOf, ROLL_LAYOUTS, type RollLayout, type RollRow } from './select-entries.js';
import type { UnionHonorRoll } from './union-honor-roll.js';
import { rollWords, type RollWords } from './words.js';

/** Entries on one page: enough to fill a screen, few enough to render in a frame. */
export const PAGE_SIZE = 40;
/** From this width of the widget on, entries are cards; below it, a list. */
export const CARDS_FROM = 720;

interface RollState {
  menu: ChartMenu;
  popovers: Map<string, SourcePopover>;
  /** The filter the page number belongs to: a new filter starts at page 1. */
  filterKey: string;
  current?: { rows: RollRow[]; dataset: UnionDataset; locale: Locale; title: string };
}

const states = new WeakMap<UnionHonorRoll, RollState>();

function stateOf(host: UnionHonorRoll): RollState {
  let state = states.get(host);
  if (!state) {
    const created: RollState = { menu: new ChartMenu(host, () => exportSource(host, created), ['csv', 'embed']), popovers: new Map(), filterKey: '' };
    states.set(host, (state = created));
  }
  return state;
}

function exportSource(host: UnionHonorRoll, state: RollState): ExportSource | undefined {
  const current = state.current;
  if (!current) return undefined;
  const { rows, dataset, locale, title } = current;
  const sourceLine = host.renderRoot.querySelector('.source')?.textContent?.trim() ?? '';
  const description = rollWords(locale).found(rows.length, rows.length);
  return exportSourceFrom({
    host,
    title,
    description,
    sourceLine,
    records: [],
    csv: () => rollToCsv(rows, dataset, locale),
    fileStem: fileStem('union-honor-roll', host.report, host.award, host.level, host.year),
    locale,
  });
}

function popoverFor(host: UnionHonorRoll, state: RollState, row: RollRow): SourcePopover {
  const key = `${row.roll.id}#${row.index}`;
  let popover = state.popovers.get(key);
  if (!popover) state.popovers.set(key, (popover = new SourcePopover(host)));
  return popover;
}

/** Drops the popovers of entries no longer shown, so paging through 5,000 entries keeps only a page's. */
function forgetPopovers(host: UnionHonorRoll, state: RollState, shown: readonly RollRow[]): void {
  const keep = new Set(shown.map((row) => `${row.roll.id}#${row.index}`));
  for (const [key, popover] of state.popovers) {
    if (keep.has(key)) continue;
    host.removeController(popover);
    state.popovers.delete(key);
  }
}

const marked = (text: string, query: string) => highlight(text, query).map((s) => (s.hit ? html`<mark part="match">${s.text}</mark>` : s.text));

function reportName(report: Report | undefined, id: string, locale: Locale): string {
  if (!report) return id;
  return locale === 'en' ? `${report.issuer.en}, ${report.titleEn}` : `${report.issuer.zh}《${report.title}》`;
}

function entryLabel(row: RollRow, locale: Locale): string {
  const award = locale === 'en' ? row.roll.award.en : row.roll.award.zh;
  return [row.entry.name, row.entry.workplace, award].filter(Boolean).join(locale === 'en' ? ', ' : '，');
}

function entryBody(row: RollRow, query: string, w: RollWords): TemplateResult {
  const { entry } = row;
  return html`<span class="name" lang="zh-CN">${marked(entry.name, query)}</span>${entry.workplace
      ? html`<span class="workplace" lang="zh-CN">${marked(entry.workplace, query)}</span>`
      : nothing}${entry.kind === 'project' ? html`<span class="kind-badge" part="kind-badge">${w.kinds.project}</span>` : nothing}`;
}

/** The printed line under an entry on paper, when it says more than the name. */
function printLine(row: RollRow, w: RollWords): TemplateResult | typeof nothing {
  const { quote } = entryLine(row.entry);
  return quote === row.entry.name ? nothing : html`<span class="print-line">${w.printedAs}：<span lang="zh-CN">${quote}</span></span>`;
}

function renderEntries(host: UnionHonorRoll, state: RollState, rows: RollRow[], layout: RollLayout, report: Report | undefined, locale: Locale, query: string): TemplateResult {
  const w = rollWords(locale);
  const source = (row: RollRow) => (report ? popoverFor(host, state, row).render(entrySource(row.entry, row.roll, report, locale, entryLabel(row, locale)), locale) : nothing);
  if (layout === 'table') {
    return html`<table part="table" class="data-table entries-table">
      <thead>
        <tr>
          <th scope="col">${w.columns.name}</th>
          <th scope="col">${w.columns.workplace}</th>
          <th scope="col">${w.columns.kind}</th>
          <th scope="col">${w.columns.source}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr class="entry">
            <th scope="row"><span class="name" lang="zh-CN">${marked(row.entry.name, query)}</span>${printLine(row, w)}</th>
            <td lang="zh-CN">${row.entry.workplace ? marked(row.entry.workplace, query) : ''}</td>
            <td>${w.kinds[row.entry.kind]}</td>
            <td>${source(row)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
  return html`<ul part="entries" class="entries ${layout}">
    ${rows.map((row) => html`<li class="entry ${row.entry.kind}">${entryBody(row, query, w)}${printLine(row, w)} ${source(row)}</li>`)}
  </ul>`;
}

function groupHeading(roll: HonorRoll, shown: number, dataset: UnionDataset, locale: Locale, id: string): TemplateResult {
  const w = rollWords(locale);
  const count = w.count(roll.entries.length, roll.entries.map((e) => e.kind));
  const meta = [roll.issuer ? w.conferredBy(locale === 'en' ? roll.issuer.en : roll.issuer.zh) : '', roll.year ? w.yearOf(roll.year) : '', count].filter(Boolean);
  const report = dataset.report(roll.report);
  return html`<h3 class="award" id=${id}>
      <span class="level-badge ${roll.level}" part="level-badge">${levelName(roll.level, locale)}</span>
      ${locale === 'en' ? html`${roll.award.en} <span class="award-zh" lang="zh-CN">${roll.award.zh}</span>` : html`<span lang="zh-CN">${roll.award.zh}</span>`}
    </h3>
    <p class="award-meta">
      ${meta.join(locale === 'en' ? ' · ' : ' · ')}${shown < roll.entries.length ? html` · <span class="shown">${w.found(shown, roll.entries.length)}</span>` : nothing}
    </p>
    <p class="award-source">${chartMessages(locale).sourceLine(reportName(report.ok ? report.value : undefined, roll.report, locale))}</p>`;
}

function select(label: string, value: string, options: [string, string][], onChange: (value: string) => void, all: string, name: string): TemplateResult {
  return html`<label class="filter">
    <span>${label}</span>
    <select name=${name} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${all}</option>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </label>`;
}

/** The roll's search and filters; named after the roll, so that two rolls on one page are two distinct search landmarks. */
function renderFilters(host: UnionHonorRoll, dataset: UnionDataset, locale: Locale, title: string): TemplateResult {
  const w = rollWords(locale);
  const reports = dataset.reports().filter((r) => dataset.honorRolls({ report: r.id }).length > 0);
  const set = (name: 'level' | 'year' | 'report' | 'kind') => (value: string) => {
    host[name] = value === '' ? null : value;
  };
  return html`<form part="filters" class="filters" role="search" aria-label=${`${title}: ${w.search}`} @submit=${(e: Event) => e.preventDefault()}>
    <label class="filter search">
      <span>${w.search}</span>
      <input
        type="search"
        name="query"
        .value=${host.query ?? ''}
        placeholder=${w.searchHint}
        autocomplete="off"
        @input=${(e: Event) => (host.query = (e.target as HTMLInputElement).value || null)}
      />
    </label>
    ${select(w.level, host.level ?? '', HONOR_LEVELS.map((l) => [l, levelName(l, locale)]), set('level'), w.all, 'level')}
    ${select(w.year, host.year ?? '', rollYears(dataset).map((y) => [String(y), w.yearOf(y)]), set('year'), w.all, 'year')}
    ${select(w.report, host.report ?? '', reports.map((r) => [r.id, locale === 'en' ? r.titleEn : r.title]), set('report'), w.all, 'report')}
    ${select(w.kind, host.kind ?? '', HONOREE_KINDS.map((k) => [k, w.kinds[k]]), set('kind'), w.all, 'kind')}
  </form>`;
}

function renderPager(host: UnionHonorRoll, page: number, pages: number, w: RollWords, title: string): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const go = (to: number) => () => {
    host.page = to;
    host.requestUpdate();
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.groups')?.focus());
  };
  return html`<nav part="pager" class="pager" aria-label=${`${title}: ${w.pages}`}>
    <button type="button" class="chart-button" ?disabled=${page <= 1} @click=${go(page - 1)}>${w.previous}</button>
    <span class="page">${w.page(page, pages)}</span>
    <button type="button" class="chart-button" ?disabled=${page >= pages} @click=${go(page + 1)}>${w.next}</button>
  </nav>`;
}

/** Clears every filter the reader can change; the attributes an embed fixed stay. */
function clearFilters(host: UnionHonorRoll): void {
  host.query = host.level = host.year = host.kind = null;
  if (!host.hasAttribute('award')) host.report = null;
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
}

/** The roll with its data: title, filters, count, groups or the empty state, pager, source; or the problem to show. */
export function renderHonorRoll(host: UnionHonorRoll, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const attrs = { level: host.level, year: host.year, report: host.report, award: host.award, kind: host.kind, query: host.query };
  const filter = readFilter(attrs, dataset);
  if ('kind' in filter) return filter as WidgetProblem;
  const layoutValue = host.layout ?? '';
  if (layoutValue !== '' && !(ROLL_LAYOUTS as readonly string[]).includes(layoutValue)) {
    return { kind: 'bad-attribute', attribute: 'layout', value: layoutValue, allowed: ROLL_LAYOUTS };
  }
  const layout: RollLayout = (layoutValue as RollLayout) || (host.size.width >= CARDS_FROM ? 'cards' : 'list');
  const w = rollWords(locale);
  const state = stateOf(host);
  const all = rowsOf(dataset);
  const rows = filterRows(all, filter);
  const scopeTotal = filterRows(all, { ...filter, query: '', level: undefined, year: undefined, honoree: undefined }).length;
  const key = JSON.stringify(attrs);
  if (key !== state.filterKey) {
    state.filterKey = key;
    host.page = 1;
  }
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, host.page), pages);
  const shown = host.printing ? rows : rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  forgetPopovers(host, state, shown);
  const issuer = filter.report ? dataset.report(filter.report) : undefined;
  const title = host.heading ?? (issuer?.ok ? w.titleOf(locale === 'en' ? issuer.value.issuer.en : issuer.value.issuer.zh) : w.title);
  state.current = { rows, dataset, locale, title };
  const reports = [...new Set(rows.map((r) => r.roll.report))];
  const shownByRoll = new Map(groupRows(rows).map((g) => [g.roll.id, g.rows.length]));
  return html`<section class="frame ${layout}" aria-labelledby="union-roll-heading">
    <div class="header">
      <h2 part="heading" class="heading" id="union-roll-heading">${title}</h2>
      <div class="toolbar">${state.menu.render(title, locale)}</div>
    </div>
    ${renderFilters(host, dataset, locale, title)}
    <p part="status" class="status" role="status" aria-live="polite">${w.found(rows.length, scopeTotal)}</p>
    ${rows.length === 0
      ? html`<div part="empty" class="empty">
          <p>${w.empty}</p>
          <button type="button" class="chart-button" @click=${() => clearFilters(host)}>${w.clear}</button>
        </div>`
      : html`<div class="groups" tabindex="-1">
          ${groupRows(shown).map(({ roll, rows: groupRowsShown }, i) => {
            const report = dataset.report(roll.report);
            const id = `union-roll-group-${i}`;
            // Not a landmark: the same award (全国劳动模范) can head several reports' groups.
            return html`<section part="group" class="group">
              ${groupHeading(roll, shownByRoll.get(roll.id) ?? 0, dataset, locale, id)}
              ${renderEntries(host, state, groupRowsShown, layout, report.ok ? report.value : undefined, locale, filter.query)}
            </section>`;
          })}
        </div>`}
    ${host.printing ? nothing : renderPager(host, page, pages, w, title)}
    <p part="source" class="source">
      ${chartMessages(locale).sourceLine(reports.map((id) => reportName(dataset.report(id).ok ? (dataset.report(id) as { value: Report }).value : undefined, id, locale)).join(locale === 'en' ? '; ' : '；'))}
    </p>
  </section>`;
}
