import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DataNeed } from '../../dataset/parts/route.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { baseStyles } from '../base/base.styles.js';
import { chartFrameStyles } from '../base/chart-frame.styles.js';
import { chartBaseStyles, chartTokens } from '../base/chart-tokens.styles.js';
import { messages } from '../base/messages.js';
import type { WidgetProblem } from '../base/problem.js';
import { ResizeController } from '../base/resize-controller.js';
import { tokens } from '../base/tokens.styles.js';
import { UnionElement } from '../base/union-element.js';
import { loadTopology, type TopologyResult } from './geo-source.js';
import { regionSelectEvent } from './events.js';
import { countyMapNeed, loadMapCode, mapCode } from './loading.js';
import { countyMapStyles } from './union-county-map.styles.js';

/**
 * A county map of Zhejiang: the province with its prefectures' outlines, the regions that
 * issued a report highlighted with their report and figure counts, or with `metric`, a
 * choropleth of the regions that state it ("no data" hatched). `focus` zooms to a
 * prefecture and names its counties. Hover or focus shows a region's value, report and
 * source; click or Enter selects it and fires `union-region-select`; Esc clears. One tab
 * stop: arrow keys move to the neighbouring county that way. A list toggle shows the
 * same data as a table; the menu downloads PNG, SVG and CSV and copies the embed code. The
 * credit line always names the boundaries' source and vintage; the built-in boundaries
 * carry no map approval number (审图号): pass approved ones with `geo-src` and `approval`.
 *
 * @summary Where the reports come from, and a metric across Zhejiang's counties.
 * @tag union-county-map
 *
 * @csspart heading - The map's title.
 * @csspart map - The SVG drawing.
 * @csspart legend - The legend (classes and "no data", or reporting regions).
 * @csspart note - A note: too few values to compare, prefecture figures, regions not drawn.
 * @csspart tooltip - The hovered or focused region's name, value, report and source.
 * @csspart table - The list, when shown.
 * @csspart table-toggle - The button that switches between map and list.
 * @csspart menu-button - The button that opens the menu.
 * @csspart embed-code - The embed code to copy by hand, shown in the menu when the clipboard refuses it.
 * @csspart menu - The menu (download PNG, SVG, CSV; copy embed code).
 * @csspart source - The credit line: the boundaries' source, vintage and approval number.
 * @csspart source-button - Opens the quote of the region's figure.
 * @csspart source-popover - The quote, with the figure marked.
 * @csspart error - The error state.
 *
 * @cssprop --union-color-class-0 - The lightest class of a choropleth (up to --union-color-class-3).
 * @cssprop --union-color-reporting - Regions with a report.
 * @cssprop --union-color-land - Counties with nothing to show.
 * @cssprop --union-color-focus - The focus ring and the selected region.
 *
 * @fires union-region-select - A region was selected (click or Enter); detail `{ code, name }`.
 * @fires union-export - Before the menu writes a file or copies the embed code; detail `{ format, filename, blob }`.
 *
 * @example
 * <union-county-map></union-county-map>
 * <union-county-map focus="金华市" metric="honours.craftsmen.prefecture" lang="en"></union-county-map>
 * <union-county-map geo-src="/boundaries/zhejiang.topo.json" approval="浙S（2024）12号"></union-county-map>
 */
export class UnionCountyMap extends UnionElement {
  static override styles = [tokens, chartTokens, baseStyles, chartBaseStyles, chartFrameStyles, countyMapStyles];

  static override properties: PropertyDeclarations = {
    focusRegion: { attribute: 'focus', reflect: true },
    metric: { reflect: true },
    geoSrc: { attribute: 'geo-src', reflect: true },
    approval: { reflect: true },
    heading: { reflect: true },
    showTable: { state: true },
    selected: { state: true },
    active: { state: true },
    topology: { state: true },
  };

  /**
   * Attribute `focus`: a prefecture to zoom to, by code (330700), zh name (金华市, 金华) or en
   * name (Jinhua). (The property has another name: `focus()` is the element's own method.)
   */
  declare focusRegion: string | null;
  /** A metric id: colour the regions that state it. */
  declare metric: string | null;
  /** URL of a TopoJSON with layers `counties` and `prefectures`, each feature with `code` and `name`. */
  declare geoSrc: string | null;
  /** The map approval number (审图号) of the `geo-src` boundaries, shown in the credit line. */
  declare approval: string | null;
  /** A title to show instead of the one made from the selection. */
  declare heading: string | null;
  /** @internal */
  declare showTable: boolean;
  /** The code of the selected region, if any. */
  declare selected: string | null;
  /** @internal The region under the pointer or focus. */
  declare active: string | undefined;
  /** @internal The boundaries, parsed, or why they cannot be used. */
  declare topology: TopologyResult | undefined;
  private topologyToken = 0;
  private topologyKey?: string | null;
  private topologyLoad?: Promise<void>;

  /** @internal The width of the map, followed as its container resizes. */
  readonly size = new ResizeController(this, () => this.renderRoot?.querySelector('.plot'));

  constructor() {
    super();
    this.focusRegion = this.metric = this.geoSrc = this.approval = this.heading = this.selected = null;
    this.showTable = false;
    this.active = undefined;
    this.topology = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('geoSrc')) this.loadBoundaries();
  }

  /** Starts loading the boundaries of `geo-src` unless they are on their way already. */
  private loadBoundaries(): Promise<unknown> {
    if (this.topologyLoad && this.topologyKey === this.geoSrc) return this.topologyLoad;
    const token = (this.topologyToken += 1);
    this.topologyKey = this.geoSrc;
    this.topology = undefined;
    this.topologyLoad = loadTopology(this.geoSrc).then((result) => {
      if (token === this.topologyToken) this.topology = result;
    });
    return this.topologyLoad;
  }

  /** @internal Selects a region (or clears the selection) and tells the page. */
  selectRegion(code: string | null): void {
    this.selected = code;
    const loaded = mapCode();
    if (code === null || !loaded || !this.topology?.ok) return;
    const name = loaded.view.regionNameIn(this.topology.topology, code, loaded.regions, this.locale);
    this.dispatchEvent(regionSelectEvent({ code, name }));
  }

  /** @internal The region under the pointer or focus. */
  pointAt(code: string | undefined): void {
    if (code === undefined && this.renderRoot.querySelector('.plot')?.contains(this.renderRoot.querySelector(':focus'))) return;
    this.active = code;
  }

  protected override renderSkeleton(locale: Locale): TemplateResult {
    return html`<div class="skeleton" role="progressbar" aria-busy="true" aria-label=${messages(locale).loading}>
      <span class="skeleton-bar heading"></span>
      <span class="skeleton-bar map"></span>
    </div>`;
  }

  /**
   * The facts of `metric` only; without one, the reports alone (the embedded dataset's core
   * counts each region's facts): never every part of the dataset.
   */
  protected override dataNeed(): DataNeed {
    return countyMapNeed(this);
  }

  /** The view, the region table and the boundaries, all at once and beside the dataset. */
  protected override loadView(): Promise<unknown> {
    return Promise.all([loadMapCode(!!this.metric), this.loadBoundaries()]);
  }

  protected override renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
    const topology = this.topology;
    const loaded = mapCode();
    if (!topology || !loaded) return this.renderSkeleton(locale);
    if (!topology.ok) return { kind: 'geometry', attribute: 'geo-src', url: this.geoSrc ?? '', problem: topology.problem };
    return loaded.view.renderCountyMap(this, dataset, topology.topology, loaded.regions, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-county-map': UnionCountyMap;
  }
}
