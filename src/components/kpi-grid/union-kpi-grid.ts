import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { baseStyles } from '../base/base.styles.js';
import { messages } from '../base/messages.js';
import type { WidgetProblem } from '../base/problem.js';
import { tokens } from '../base/tokens.styles.js';
import { UnionElement } from '../base/union-element.js';
import { GRID_SHOWS } from './grid-facts.js';
import { kpiGridStyles } from './union-kpi-grid.styles.js';

const SKELETON_CARDS = 4;

type GridView = typeof import('./grid-view.js');
let view: GridView | undefined;

/**
 * A responsive grid of KPI cards for one report or one category, in the order the
 * annotations rank the headline figures. It sizes its columns by its own width
 * (container queries), so it fits a sidebar and a full-width column alike.
 *
 * @summary The headline figures of a report, as a grid of KPI cards.
 * @tag union-kpi-grid
 *
 * @csspart heading - The grid's heading.
 * @csspart subheading - Issuer and period under the heading.
 * @csspart grid - The list of cards.
 * @csspart roll-card - For a report that prints only honour lists: a card per list, with its count.
 * @csspart error - The error state.
 *
 * @example
 * <union-kpi-grid report="jinhua-five-year"></union-kpi-grid>
 * <union-kpi-grid report="wuyi-five-year" category="legal" show="all" lang="en"></union-kpi-grid>
 */
export class UnionKpiGrid extends UnionElement {
  static override styles = [tokens, baseStyles, kpiGridStyles];

  static override properties: PropertyDeclarations = {
    report: { reflect: true },
    category: { reflect: true },
    show: {},
    heading: {},
    notation: {},
  };

  /** Report id whose figures to show. */
  declare report: string | null;
  /** Category whose figures to show (within `report` when both are given). */
  declare category: string | null;
  /** `headline` (default: the ranked headline figures) or `all`. */
  declare show: string | null;
  /** A heading to show instead of the report's title. */
  declare heading: string | null;
  /** Passed to every card: `compact` (default) or `full`. */
  declare notation: string | null;

  protected override renderSkeleton(locale: Locale): TemplateResult {
    return html`<div role="progressbar" aria-busy="true" aria-label=${messages(locale).loading}>
      <span class="skeleton-bar heading"></span>
      <ul class="grid" part="grid">
        ${Array.from({ length: SKELETON_CARDS }, () => html`<li class="skeleton-bar card"></li>`)}
      </ul>
    </div>`;
  }

  protected override loadView(): Promise<unknown> {
    return import('./grid-view.js').then((loaded) => (view = loaded));
  }

  protected override renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
    return view!.renderKpiGrid(this, this.pick('show', this.show, GRID_SHOWS, 'headline'), dataset, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-kpi-grid': UnionKpiGrid;
  }
}
