import { html, nothing, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { factSourceIn } from '../base/source-view.js';
import { ChartMenu } from '../base/chart-menu.js';
import { chartMessages } from '../base/chart-messages.js';
import type { ExportSource } from '../base/chart-export.js';
import { exportSourceFrom, fileStem } from '../base/export-source.js';
import { renderDataTable, renderTableToggle } from '../base/data-table.js';
import { markRecord, type MarkRecord } from '../base/mark-record.js';
import type { WidgetProblem } from '../base/problem.js';
import { RovingFocusController } from '../base/roving-focus.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { drawChart } from './bar-svg.js';
import { GROUPS, layout, SORTS, type ChartLayout } from './layout.js';
import type { BarMark } from './marks.js';
import { measureText } from './measure.js';
import { selectBars, type SelectedBars } from './select-bars.js';
import type { UnionBarChart } from './union-bar-chart.js';

/** What one chart keeps between renders: its keyboard, its menu, its selected bar. */
interface ChartState {
  roving: RovingFocusController;
  menu: ChartMenu;
  /** The bar whose source the source button opens. */
  selected: number;
  /** The bar to give focus back to when its source closes. */
  returnTo?: number;
  current?: { selection: SelectedBars; records: MarkRecord[]; title: string; locale: Locale };
}

const states = new WeakMap<UnionBarChart, ChartState>();

/** What a chart's attributes select, and how it lays out: the same for every chart that asks alike. */
interface Drawn {
  selection: SelectedBars;
  byId: Map<string, MarkRecord>;
  layouts: Map<string, ChartLayout>;
}
// Per dataset, per page: a page of charts with the same attributes selects and lays out once.
const drawnBy = new WeakMap<UnionDataset, Map<string, Drawn | WidgetProblem>>();

function drawn(host: UnionBarChart, dataset: UnionDataset, locale: Locale): Drawn | WidgetProblem {
  let cache = drawnBy.get(dataset);
  if (!cache) drawnBy.set(dataset, (cache = new Map()));
  const key = JSON.stringify([host.report, host.category, host.family, host.metrics, host.metric, host.heading, locale]);
  let found = cache.get(key);
  if (!found) {
    const selection = selectBars(host, dataset, locale);
    found = 'kind' in selection ? selection : { selection, byId: new Map(selection.facts.map((f, i) => [f.id, markRecord(f, selection.bars[i]!.label, dataset, locale)])), layouts: new Map() };
    cache.set(key, found);
  }
  return found;
}
const DEFAULT_WIDTH = 640;
const FONT_SIZE = 13;

const marksOf = (host: UnionBarChart) => [...host.renderRoot.querySelectorAll('.mark')];

function sourceLine(host: UnionBarChart, dataset: UnionDataset, selection: SelectedBars, locale: Locale): string {
  const parts = selection.reports.map((id) => {
    const report = dataset.report(id);
    if (!report.ok) return id;
    const r = report.value;
    return locale === 'en' ? `${r.issuer.en}, ${r.titleEn}` : `${r.issuer.zh}《${r.title}》`;
  });
  return chartMessages(locale).sourceLine(parts.join(locale === 'en' ? '; ' : '；'));
}

async function openSource(host: UnionBarChart, state: ChartState, index: number): Promise<void> {
  state.selected = index;
  state.returnTo = index;
  host.requestUpdate();
  await host.updateComplete;
  // Found by its fact at each placing: a re-layout (a new width, a new sort) replaces the bar.
  const id = marksOf(host)[index]?.closest('.bar-row')?.getAttribute('data-fact');
  if (id) sourcePopoverFor(host).openBeside(() => host.renderRoot.querySelector(`.bar-row[data-fact="${CSS.escape(id)}"] .mark`));
}

function stateOf(host: UnionBarChart): ChartState {
  let state = states.get(host);
  if (state) return state;
  const created: ChartState = {
    roving: new RovingFocusController(host, {
      marks: () => marksOf(host),
      activate: (index) => void openSource(host, created, index),
      dismiss: () => host.renderRoot.querySelector<HTMLElement>('[part="source-popover"]')?.hidePopover(),
    }),
    menu: new ChartMenu(host, () => exportSource(host, created)),
    selected: 0,
  };
  // A closing source popover gives focus to its button; when a bar opened it, the bar gets
  // it back. The toggle event does not bubble, so it is caught on its way down.
  host.renderRoot.addEventListener(
    'toggle',
    (event) => {
      const target = event.target as HTMLElement;
      if (target.getAttribute('part') !== 'source-popover' || (event as ToggleEvent).newState !== 'closed') return;
      const index = created.returnTo;
      created.returnTo = undefined;
      if (index !== undefined) setTimeout(() => (marksOf(host)[index] as SVGElement | undefined)?.focus());
    },
    true,
  );
  states.set(host, (state = created));
  return state;
}

function exportSource(host: UnionBarChart, state: ChartState): ExportSource | undefined {
  const svg = host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
  const frame = host.renderRoot.querySelector('.frame');
  const current = state.current;
  if (!svg || !frame || !current) return undefined;
  const { selection, records, title, locale } = current;
  return exportSourceFrom({
    host,
    svg,
    frame,
    title,
    description: describe(records, locale),
    sourceLine: host.renderRoot.querySelector('.source-text')?.textContent ?? '',
    ...(selection.note ? { note: selection.note } : {}),
    records,
    fileStem: fileStem('union-bar-chart', host.report, host.category, host.family, host.metric, host.metrics),
    locale,
  });
}

function describe(records: readonly MarkRecord[], locale: Locale): string {
  return records.map((r) => `${r.label} ${r.display}`).join(locale === 'en' ? '; ' : '；');
}

function barName(bar: BarMark, record: MarkRecord | undefined, locale: Locale): string {
  const parts = [bar.datum.label, record?.spoken ?? bar.value.text, bar.datum.period ?? record?.period ?? ''];
  return parts.filter(Boolean).join(locale === 'en' ? ', ' : '，');
}

function enumerated<T extends string>(attribute: string, value: string | null, allowed: readonly T[], fallback: T): T | WidgetProblem {
  if (value === null || value === '') return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : { kind: 'bad-attribute', attribute, value, allowed };
}

/** The chart with its data: header, drawing or table, source line; or the problem to show. */
export function renderBarChart(host: UnionBarChart, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const group = enumerated('group', host.group, GROUPS, 'none');
  if (typeof group !== 'string') return group;
  const sort = enumerated('sort', host.sort, SORTS, 'source');
  if (typeof sort !== 'string') return sort;
  const found = drawn(host, dataset, locale);
  if ('kind' in found) return found;
  const { selection, byId, layouts } = found;
  const state = stateOf(host);
  const width = host.size.width || DEFAULT_WIDTH;
  const layoutKey = `${width} ${group} ${sort} ${host.fontFamily ?? ''}`;
  let chart = layouts.get(layoutKey);
  // A container dragged through many widths keeps only its latest few layouts.
  if (!chart && layouts.size >= 8) layouts.clear();
  if (!chart) layouts.set(layoutKey, (chart = layout(selection.bars, { width }, { locale, group, sort, fontSize: FONT_SIZE, measure: measureText(host.fontFamily, FONT_SIZE) })));
  const ordered = chart.panels.flatMap((p) => p.bars);
  const records = ordered.map((b) => byId.get(b.datum.id)!);
  state.current = { selection, records, title: selection.title, locale };
  const selected = ordered[Math.min(state.selected, ordered.length - 1)]!;
  const fact = selection.facts.find((f) => f.id === selected.datum.id)!;
  const report = dataset.report(fact.report);
  const m = chartMessages(locale);
  const keysId = 'union-bar-keys';
  const source = sourceLine(host, dataset, selection, locale);
  return html`<figure class="chart-figure" aria-labelledby="union-bar-heading">
    <div class="header">
      <h2 part="heading" class="heading" id="union-bar-heading">${selection.title}</h2>
      <div class="toolbar">${renderTableToggle(host.showTable, () => (host.showTable = !host.showTable), locale)} ${state.menu.render(selection.title, locale)}</div>
    </div>
    ${selection.note ? html`<p part="note" class="note">${selection.note}</p>` : nothing}
    <div class="plot" ?hidden=${host.showTable}>
      ${drawChart(chart, {
        owner: host,
        title: selection.title,
        description: describe(records, locale),
        keysId,
        name: (bar) => barName(bar, byId.get(bar.datum.id), locale),
        tabIndex: (i) => state.roving.tabIndex(i),
        activate: (i) => void openSource(host, state, i),
        onKeyDown: state.roving.onKeyDown,
        onFocusIn: state.roving.onFocusIn,
      })}
      <p class="keys" id=${keysId}>${m.keys}</p>
    </div>
    ${host.showTable ? renderDataTable(selection.title, records, locale) : nothing}
    <div part="source" class="source">
      <span class="source-text">${source}</span>
      ${report.ok ? sourcePopoverFor(host).render(factSourceIn(dataset, fact, report.value, { locale }, barName(selected, byId.get(selected.datum.id), locale)), locale) : nothing}
    </div>
  </figure>`;
}
