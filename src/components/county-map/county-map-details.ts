import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Fact } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatQuantity } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { renderDataTable, tableBox } from '../base/data-table.js';
import { markRecord, type MarkRecord } from '../base/mark-record.js';
import { factSourceIn } from '../base/source-view.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { mapWords } from './map-words.js';
import type { ProjectedMap } from './projection.js';
import type { MapSelection } from './select-regions.js';
import type { UnionCountyMap } from './union-county-map.js';

// What a map shows beyond its drawing: values with their sources and units (the tooltip,
// the choropleth's legend and labels, the lists, the CSV). Loaded with the first map that
// has a metric, or on a reporting map's first hover, focus, list or export.

/** The rows of the list and the CSV for facts: each with its region's name (and metric's, when several). */
export function recordsOf(facts: readonly Fact[], dataset: UnionDataset, label: (fact: Fact) => string, locale: Locale): MarkRecord[] {
  return facts.map((f) => markRecord(f, label(f), dataset, locale));
}

/** A class's range in the legend, in the reports' notation: "3–12 人". */
export function formatRange(lo: number, hi: number, sample: Fact['quantity'] | undefined, locale: Locale): string {
  const q = (value: number) => formatQuantity({ value, unit: sample?.unit ?? 'none', approx: 'exact', text: '' }, { locale });
  return lo === hi ? q(lo) : `${q(lo)}–${q(hi)}`;
}

/**
 * Places an element through the CSSOM, which a strict CSP allows; a style attribute (and
 * styleMap's first render, which writes one) it blocks.
 */
class PlaceAt extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('placeAt() belongs on an element');
  }

  render(_x: number, _y: number): unknown {
    return noChange;
  }

  /**
   * At (x, y), fractions of the map's width and height: shifted left by the same fraction
   * of its own width, so that it never leaves the map at either side, and above the point,
   * or below it in the map's top third, where above would cover the heading.
   */
  override update(part: ElementPart, [x, y]: [number, number]): unknown {
    const percent = (f: number) => `${(f * 100).toFixed(2)}%`;
    Object.assign((part.element as HTMLElement).style, {
      left: percent(x),
      top: percent(y),
      transform: `translate(-${percent(x)}, ${y < 1 / 3 ? '12px' : 'calc(-100% - 12px)'})`,
    });
    return noChange;
  }
}
const placeAt = directive(PlaceAt);

/** What the tooltip needs from the map's render. */
export interface TooltipContext {
  host: UnionCountyMap;
  dataset: UnionDataset;
  selection: MapSelection;
  map: ProjectedMap;
  nameOf: (code: string) => string;
  recordOf: (code: string) => MarkRecord | undefined;
  reportingCount: (code: string) => readonly [number, number];
  locale: Locale;
}

/** The hovered or focused region: name, value or report count, report and period, source. */
export function renderTooltip(code: string, c: TooltipContext): TemplateResult {
  const { host, dataset, selection, map, nameOf, locale } = c;
  const w = mapWords(locale);
  const [x, y] = map.labels.get(code)!;
  const record = selection.values ? c.recordOf(code) : undefined;
  const report = record ? dataset.report(record.fact.report) : undefined;
  const [reports, facts] = c.reportingCount(code);
  const titles = (selection.reports.get(code) ?? []).map((id) => dataset.report(id)).filter((r) => r.ok).map((r) => (locale === 'en' ? r.value.titleEn : r.value.title));
  return html`<div class="tooltip" part="tooltip" role="status" ${placeAt(x / map.width, y / map.height)}>
    <p class="name">${nameOf(code)}</p>
    ${selection.values
      ? record
        ? html`<p>${record.display}</p><p>${[record.report, record.period].filter(Boolean).join(locale === 'en' ? ', ' : '，')}</p>`
        : html`<p>${w.noData}</p>`
      : reports || facts
        ? html`<p>${w.reporting(reports, facts)}</p>${titles.map((t) => html`<p>${t}</p>`)}`
        : nothing}
    ${record && report?.ok ? sourcePopoverFor(host).render(factSourceIn(dataset, record.fact, report.value, { locale }, `${nameOf(code)} ${record.display}`), locale) : nothing}
  </div>`;
}

/** The list: the metric's facts, or every reporting region with its report and fact counts. */
export function renderList(title: string, selection: MapSelection, records: readonly MarkRecord[] | undefined, nameOf: (code: string) => string, locale: Locale): TemplateResult {
  if (records) return renderDataTable(title, records, locale);
  const w = mapWords(locale);
  const c = w.list;
  const codes = [...new Set([...selection.reports.keys(), ...selection.facts.keys()])].filter((code) => code !== '330000').sort();
  return tableBox(
    title,
    html`<table part="table" class="data-table">
    <caption>${title}</caption>
    <thead><tr><th scope="col">${c.region}</th><th scope="col">${c.reports}</th><th scope="col">${c.facts}</th><th scope="col">${c.note}</th></tr></thead>
    <tbody>
      ${codes.map(
        (code) => html`<tr>
          <th scope="row">${nameOf(code)}</th>
          <td class="numeric">${selection.reports.get(code)?.length ?? 0}</td>
          <td class="numeric">${selection.facts.get(code) ?? 0}</td>
          <td>${selection.undrawn.includes(code) ? w.notDrawn : ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
  );
}
