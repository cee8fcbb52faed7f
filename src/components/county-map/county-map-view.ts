import { html, nothing, type TemplateResult } from 'lit';
import type { Fact } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { embeddedFactCounts, loadEmbeddedParts } from '../../dataset/parts/load.js';
import type { Locale } from '../../format/locale.js';
import type { ExportSource } from '../base/chart-export.js';
import { exportSourceFrom, fileStem } from '../base/export-source.js';
import { ChartMenu } from '../base/chart-menu.js';
import { renderTableToggle } from '../base/data-table.js';
import type { MarkRecord } from '../base/mark-record.js';
import type { WidgetProblem } from '../base/problem.js';
import { RovingFocusController } from '../base/roving-focus.js';
import { classify, type Classes } from './choropleth.js';
import { decodeGeometry, isGeometryProblem, type MapGeometry } from './map-geometry.js';
import { regionName, type MapRegion } from './map-regions.js';
import { drawMap } from './map-svg.js';
import { mapWords } from './map-words.js';
import { neighbourTowards, type Direction } from './neighbours.js';
import { heightFor, projectMap, type ProjectedMap } from './projection.js';
import { selectRegions, type MapSelection } from './select-regions.js';
import type { UnionCountyMap } from './union-county-map.js';
import { loadOnce } from '../base/load-once.js';

const DEFAULT_WIDTH = 640;
/** The tallest a map draws: on a wide page the province fits this height, centred. */
const MAX_HEIGHT = 560;
const DIRECTION: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What one map keeps between renders. */
interface MapState {
  roving: RovingFocusController;
  menu: ChartMenu;
  current?: {
    map: ProjectedMap;
    geometry: MapGeometry;
    /** The list's and the CSV's rows: made when first asked for, not on every render. */
    records: () => Promise<MarkRecord[]>;
    title: string;
    locale: Locale;
  };
}
const states = new WeakMap<UnionCountyMap, MapState>();

type Details = typeof import('./county-map-details.js');
let details: Details | undefined;

/**
 * The tooltip, the values' notation, the lists and the CSV rows: loaded with the first map
 * that has a metric (see loadMapCode), else on first use.
 */
export const loadDetails: () => Promise<Details> = loadOnce(() => import('./county-map-details.js').then((m) => (details = m)));

function stateOf(host: UnionCountyMap): MapState {
  let state = states.get(host);
  if (state) return state;
  const created: MapState = {
    roving: new RovingFocusController(host, {
      marks: () => [...host.renderRoot.querySelectorAll('path.county')],
      activate: (index) => {
        const code = created.current?.map.counties[index]?.properties.code;
        if (code) host.selectRegion(code);
      },
      dismiss: () => host.selectRegion(null),
      move: (index, key) => {
        const current = created.current;
        const code = current?.map.counties[index]?.properties.code;
        if (!current || !code) return undefined;
        const inView = new Set(current.map.counties.map((c) => c.properties.code));
        const target = neighbourTowards(current.geometry, code, DIRECTION[key]!, inView);
        return target === undefined ? undefined : current.map.counties.findIndex((c) => c.properties.code === target);
      },
    }),
    menu: new ChartMenu(host, () => exportSource(host, created)),
  };
  states.set(host, (state = created));
  return state;
}

async function exportSource(host: UnionCountyMap, state: MapState): Promise<ExportSource | undefined> {
  const svg = host.renderRoot.querySelector<SVGSVGElement>('svg.map');
  const frame = host.renderRoot.querySelector('.frame');
  if (!svg || !frame || !state.current) return undefined;
  const { title, locale } = state.current;
  const records = await state.current.records();
  return exportSourceFrom({
    host,
    svg,
    frame,
    title,
    description: records.map((r) => `${r.region} ${r.display}`).join(locale === 'en' ? '; ' : '；'),
    // The map's credit line names the boundaries' source, vintage and approval number.
    sourceLine: host.renderRoot.querySelector('.credit')?.textContent ?? '',
    records,
    fileStem: fileStem('union-county-map', host.focusRegion, host.metric),
    locale,
  });
}

/** The region's fact under the metric, and its class, for the drawing and the list. */
function legendOf(selection: MapSelection, geometry: MapGeometry): { classes?: Classes; drawnValues: Fact[]; prefectureValues: Fact[] } {
  if (!selection.values) return { drawnValues: [], prefectureValues: [] };
  const facts = [...selection.values.values()];
  const isCounty = (f: Fact) => geometry.counties.some((c) => c.properties.code === f.region);
  const drawnValues = facts.filter(isCounty);
  const prefectureValues = facts.filter((f) => !isCounty(f) && geometry.byCode.has(f.region));
  return { classes: drawnValues.length ? classify(drawnValues.map((f) => f.quantity.value)) : undefined, drawnValues, prefectureValues };
}

/** A region's name in the map's language: the region table's, else the boundaries' own. */
export function regionNameIn(topology: unknown, code: string, regions: ReadonlyMap<string, MapRegion>, locale: Locale): string {
  const geometry = decodeGeometry(topology);
  return regionName(code, regions, isGeometryProblem(geometry) ? undefined : geometry.byCode.get(code)?.properties.name, locale);
}

/** The map with its data: header, drawing or list, legend, tooltip, credit line; or the problem. */
export function renderCountyMap(
  host: UnionCountyMap,
  dataset: UnionDataset,
  topology: unknown,
  regions: ReadonlyMap<string, MapRegion>,
  locale: Locale,
): TemplateResult | WidgetProblem {
  // Decoded once per file, however many maps draw it.
  const geometry = decodeGeometry(topology);
  if (isGeometryProblem(geometry)) return { kind: 'geometry', attribute: 'geo-src', url: host.geoSrc ?? '', problem: geometry };
  const selection = selectRegions(host, dataset, regions, geometry, embeddedFactCounts());
  if ('kind' in selection) return selection;
  const w = mapWords(locale);
  const state = stateOf(host);
  // Until the drawing's own box is measured, one default width (not the host's, which
  // includes the frame's padding): maps drawn before and after the first measure then share
  // two projections, not three.
  const width = host.size.ready ? host.size.width : DEFAULT_WIDTH;
  const map = projectMap(geometry, width, Math.min(MAX_HEIGHT, heightFor(geometry, width, selection.focus)), selection.focus);
  const nameOf = (code: string) => regionName(code, regions, geometry.byCode.get(code)?.properties.name, locale);
  const { classes, drawnValues, prefectureValues } = legendOf(selection, geometry);
  const metric = host.metric ? dataset.metric(host.metric) : undefined;
  const metricLabel = metric?.ok ? (locale === 'en' ? metric.value.en : metric.value.zh) : undefined;
  const place = selection.focus ? nameOf(selection.focus) : locale === 'en' ? 'Zhejiang' : '浙江省';
  const title = host.heading ?? (metricLabel ? w.metricTitle(metricLabel, place) : selection.focus ? w.titleOf(place) : w.title);
  // Values, tooltip and list need the details' code: until it is here (a metric set after
  // the first draw, a first hover), draw without them, and again once it has loaded.
  if (!details && (selection.values || host.active || host.showTable)) host.updateAfter(loadDetails());
  const metricNameIn = (from: UnionDataset, id: string) => {
    const m = from.metric(id);
    return m.ok ? (locale === 'en' ? m.value.en : m.value.zh) : id;
  };
  // The list and the CSV: the metric's facts, or every fact of the reporting regions (the
  // embedded dataset's, loaded for the CSV only: the map itself shows their counts).
  const metricRecords = selection.metricFacts && details?.recordsOf(selection.metricFacts, dataset, (f) => nameOf(f.region), locale);
  const everyFact = async () => {
    const [{ recordsOf }, all] = await Promise.all([loadDetails(), host.src ? dataset : loadEmbeddedParts({})]);
    return recordsOf(all.data.facts, all, (f) => `${nameOf(f.region)} ${metricNameIn(all, f.metric)}`, locale);
  };
  const records = async () => {
    const { recordsOf } = await loadDetails();
    return selection.metricFacts ? recordsOf(selection.metricFacts, dataset, (f) => nameOf(f.region), locale) : everyFact();
  };
  state.current = { map, geometry, records, title, locale };
  const recordOf = (code: string) => metricRecords?.find((r) => r.fact === selection.values?.get(code));
  const reportingCount = (code: string) => [selection.reports.get(code)?.length ?? 0, selection.facts.get(code) ?? 0] as const;
  const describe = (code: string): string => {
    const parts = [nameOf(code)];
    if (selection.values) {
      const record = recordOf(code);
      parts.push(record ? [record.spoken, record.report, record.period].filter(Boolean).join(locale === 'en' ? ', ' : '，') : w.noData);
    } else {
      const [reports, facts] = reportingCount(code);
      if (reports || facts) parts.push(w.reporting(reports, facts));
    }
    if (host.selected === code) parts.push(w.selected);
    return parts.join(locale === 'en' ? ': ' : '：');
  };
  const classesOf = (code: string) => {
    const list: string[] = [];
    if (selection.values) {
      const fact = selection.values.get(code);
      list.push(fact && classes ? `class-${classes.classOf(fact.quantity.value)}` : 'no-data');
    } else if (selection.reports.has(code) || selection.facts.has(code)) list.push('reporting');
    if (host.selected === code) list.push('selected');
    if (host.active === code) list.push('active');
    return list.join(' ');
  };
  const notes: string[] = [];
  if (selection.values && drawnValues.length < 2) notes.push(w.fewValues);
  if (prefectureValues.length) notes.push(w.notCounty(prefectureValues.map((f) => nameOf(f.region)).join(locale === 'en' ? ', ' : '、')));
  if (selection.undrawn.length) notes.push(`${selection.undrawn.map(nameOf).join(locale === 'en' ? ', ' : '、')}${locale === 'en' ? ': ' : '：'}${w.notDrawn}`);
  const keysId = 'union-map-keys';
  const unitSample = drawnValues[0]?.quantity;
  return html`<figure class="chart-figure" aria-labelledby="union-map-heading">
    <div class="header">
      <h2 part="heading" class="heading" id="union-map-heading">${title}</h2>
      <div class="toolbar">${renderTableToggle(host.showTable, () => (host.showTable = !host.showTable), locale)} ${state.menu.render(title, locale)}</div>
    </div>
    ${notes.map((n) => html`<p part="note" class="note">${n}</p>`)}
    <div class="plot" ?hidden=${host.showTable} @pointerleave=${() => host.pointAt(undefined)}>
      ${drawMap(map, {
        title,
        keysId,
        classes: classesOf,
        name: describe,
        labels: selection.focus ? (code) => nameOf(code).replace(/(市|县|区|自治县| City| County| District)$/, '') : undefined,
        active: host.active,
        reportingPrefecture: (code) => !selection.values && selection.reports.has(code),
        selected: (code) => host.selected === code,
        tabIndex: (i) => state.roving.tabIndex(i),
        onKeyDown: state.roving.onKeyDown,
        onFocusIn: (event) => {
          state.roving.onFocusIn(event);
          host.pointAt((event.target as Element).getAttribute('data-code') ?? undefined);
        },
        onPoint: (code) => code && host.pointAt(code),
        onSelect: (code) => host.selectRegion(code),
      })}
      ${host.active && map.labels.has(host.active) && details
        ? details.renderTooltip(host.active, { host, dataset, selection, map, nameOf, recordOf, reportingCount, locale })
        : nothing}
      <p class="keys" id=${keysId}>${w.keys}</p>
    </div>
    <ul class="legend" part="legend">
      ${selection.values
        ? html`${classes?.ranges.map(
            ([lo, hi], i) => html`<li><span class="swatch"><svg width="16" height="12" aria-hidden="true"><rect class="county class-${i}" width="16" height="12"></rect></svg></span>${details?.formatRange(lo, hi, unitSample, locale)}</li>`,
          )}
          <li><span class="swatch"><svg width="16" height="12" aria-hidden="true"><rect width="16" height="12" fill="url(#union-map-hatch)"></rect></svg></span>${w.noData}</li>`
        : html`<li><span class="swatch"><svg width="16" height="12" aria-hidden="true"><rect class="county reporting" width="16" height="12"></rect></svg></span>${w.reportingLegend}</li>`}
    </ul>
    ${host.showTable && details ? details.renderList(title, selection, selection.values ? (metricRecords ?? []) : undefined, nameOf, locale) : nothing}
    <p part="source" class="source credit">${host.geoSrc ? w.credit(w.userSource, null, host.approval) : w.credit(w.builtInSource, '2016', host.approval)}</p>
  </figure>`;
}

