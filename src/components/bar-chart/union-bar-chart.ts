import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
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
import { barChartNeed, loadBarChartView } from './loading.js';
import { barChartStyles } from './union-bar-chart.styles.js';

type BarChartView = typeof import('./bar-chart-view.js');
let view: BarChartView | undefined;


/**
 * Horizontal bar charts of the reports' figures: a five-year review's honours by level, a
 * report's category, or one metric across every report that states it. Values are written
 * as the reports write them, "over" and "nearly" bars end open, each unit gets its own
 * panel, and every bar opens the quote it comes from. One tab stop: arrow keys move between
 * bars, Home and End jump, Enter opens the source, Esc closes it. A table toggle shows the
 * same data as an HTML table; the menu downloads PNG, SVG and CSV and copies the embed code.
 *
 * @summary The five-year reviews as bar charts, every bar sourced.
 * @tag union-bar-chart
 *
 * @csspart heading - The chart's title.
 * @csspart chart - The SVG drawing.
 * @csspart legend - The legend inside the drawing (levels, open ends).
 * @csspart note - The comparability note (口径不同), when figures are counted differently.
 * @csspart table - The data table, when shown.
 * @csspart table-toggle - The button that switches between chart and table.
 * @csspart menu-button - The button that opens the menu.
 * @csspart embed-code - The embed code to copy by hand, shown in the menu when the clipboard refuses it.
 * @csspart menu - The menu (download PNG, SVG, CSV; copy embed code).
 * @csspart source - The source line under the chart.
 * @csspart source-button - Opens the quote of the selected bar.
 * @csspart source-popover - The quote, with the figure marked.
 * @csspart error - The error state.
 *
 * @cssprop --union-color-bar - The bars' colour when they are not grouped by level.
 * @cssprop --union-color-level-national - Bars of national honours (全国).
 * @cssprop --union-color-level-provincial - Bars of provincial honours (省).
 * @cssprop --union-color-level-prefecture - Bars of prefecture honours (市).
 * @cssprop --union-color-level-county - Bars of county honours (县).
 * @cssprop --union-color-focus - The focus ring.
 *
 * @fires union-export - Before the menu writes a file or copies the embed code; detail
 * `{ format, filename, blob }`. Cancel it to handle the file yourself.
 *
 * @example
 * <union-bar-chart report="jinhua-five-year" category="honours" group="level"></union-bar-chart>
 * <union-bar-chart metric="honours.craftsmen.prefecture" sort="value" lang="en"></union-bar-chart>
 * <union-bar-chart metrics="skills.competitions,hardship-aid.amount"></union-bar-chart>
 */
export class UnionBarChart extends UnionElement {
  static override styles = [tokens, chartTokens, baseStyles, chartBaseStyles, chartFrameStyles, barChartStyles];

  static override properties: PropertyDeclarations = {
    report: { reflect: true },
    category: { reflect: true },
    family: { reflect: true },
    metrics: { reflect: true },
    metric: { reflect: true },
    group: { reflect: true },
    sort: { reflect: true },
    heading: { reflect: true },
    showTable: { state: true },
  };

  /** Report id: with `category` or `family`, that report's figures; with `metrics`, limits them to it. */
  declare report: string | null;
  /** A category of the report's figures (honours, skills, welfare…). */
  declare category: string | null;
  /** What honours count, at every level (when the dataset gives metrics a family). */
  declare family: string | null;
  /** Metric ids, comma-separated, drawn in that order. */
  declare metrics: string | null;
  /** One metric across every report that states it; bars labelled by region and period. */
  declare metric: string | null;
  /** `none` (default) or `level`: group bars by honour level with a legend. */
  declare group: string | null;
  /** `source` (default: the report's order, or the `metrics` order) or `value` (largest first). */
  declare sort: string | null;
  /** A title to show instead of the one made from the selection. */
  declare heading: string | null;
  /** @internal */
  declare showTable: boolean;

  /** @internal The page's font for this chart, read where reading it is cheap. */
  fontFamily?: string;
  /** @internal The width of the chart, followed as its container resizes. */
  readonly size = new ResizeController(
    this,
    () => this.renderRoot?.querySelector('.plot'),
    () => (this.fontFamily = getComputedStyle(this).fontFamily),
  );

  constructor() {
    super();
    this.report = this.category = this.family = this.metrics = this.metric = null;
    this.group = this.sort = this.heading = null;
    this.showTable = false;
  }

  protected override renderSkeleton(locale: Locale): TemplateResult {
    // The skeleton has the drawing's box (.plot), so its width is known before the first draw.
    // Its rows are written out: a template per row cost every chart of a page six clones.
    return html`<div class="skeleton" aria-busy="true">
      <span class="visually-hidden">${messages(locale).loading}</span>
      <span class="skeleton-bar heading"></span>
      <div class="plot">
        <span class="skeleton-bar row"></span><span class="skeleton-bar row"></span><span class="skeleton-bar row"></span>
        <span class="skeleton-bar row"></span><span class="skeleton-bar row"></span><span class="skeleton-bar row"></span>
      </div>
    </div>`;
  }

  /** The skeleton holds the drawing's box (.plot): measured while the data loads, the chart draws once. */
  protected override get skeletonAtOnce(): boolean {
    return true;
  }

  protected override dataNeed(): DataNeed {
    return barChartNeed(this);
  }

  protected override loadView(): Promise<unknown> {
    return loadBarChartView().then((loaded) => (view = loaded));
  }

  protected override renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
    // Until the chart knows its width, drawing it would be drawing it twice.
    if (!this.size.ready && typeof ResizeObserver !== 'undefined') return this.renderSkeleton(locale);
    return view!.renderBarChart(this, dataset, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-bar-chart': UnionBarChart;
  }
}
