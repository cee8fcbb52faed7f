import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { baseStyles } from '../base/base.styles.js';
import { messages } from '../base/messages.js';
import type { WidgetProblem } from '../base/problem.js';
import { tokens } from '../base/tokens.styles.js';
import { UnionElement } from '../base/union-element.js';
import { kpiStyles } from './union-kpi.styles.js';

type KpiView = typeof import('./kpi-view.js');
let view: KpiView | undefined;

/** Values of the `size` attribute. */
export const KPI_SIZES = ['s', 'm', 'l'] as const;
export type KpiSize = (typeof KPI_SIZES)[number];

/**
 * One headline figure from a union's work report: label, value with unit and qualifier,
 * issuer and period, and the source quote one click away.
 *
 * @summary A KPI card for one sourced figure.
 * @tag union-kpi
 *
 * @csspart card - The card.
 * @csspart label - The figure's label.
 * @csspart value - The figure: qualifier, number and unit.
 * @csspart meta - Issuer, period and the source button.
 * @csspart source-button - The "来源 / Source" button.
 * @csspart source-popover - The popover with the quote.
 * @csspart error - The error state.
 *
 * @cssprop --union-kpi-value-size - Font size of the figure (default 2rem; 1.5rem at size s, 2.75rem at size l).
 * @cssprop --union-color-text - Text colour.
 * @cssprop --union-color-muted - Secondary text colour.
 * @cssprop --union-color-surface - Card background.
 * @cssprop --union-color-border - Card border.
 * @cssprop --union-color-accent - Qualifier and source button colour.
 * @cssprop --union-radius - Corner radius (default 8px).
 *
 * @example
 * <union-kpi fact="yiwu-2020.rest-recuperation.participants">疗休养 32677 名</union-kpi>
 * <union-kpi metric="rest-recuperation.participants" region="义乌市" lang="en"></union-kpi>
 */
export class UnionKpi extends UnionElement {
  static override styles = [tokens, baseStyles, kpiStyles];

  static override properties: PropertyDeclarations = {
    fact: { reflect: true },
    metric: { reflect: true },
    region: { reflect: true },
    report: { reflect: true },
    label: {},
    notation: {},
    size: {},
    context: {},
  };

  /** Id of the fact to show, e.g. "yiwu-2020.rest-recuperation.participants". */
  declare fact: string | null;
  /** Metric id; with `region` (and optionally `report`) instead of `fact`. */
  declare metric: string | null;
  /** GB/T 2260 code, zh name or en name of the region, with `metric`. */
  declare region: string | null;
  /** Report id, to choose among reports that state the metric for the region. */
  declare report: string | null;
  /** A label to show instead of the metric's. */
  declare label: string | null;
  /** `compact` (3.27万名, default) or `full` (32,677名). */
  declare notation: string | null;
  /** `s`, `m` (default) or `l`. */
  declare size: string | null;
  /**
   * `report` when the page around the card already states the report's issuer and period
   * (a `<union-kpi-grid>` sets it on its cards, under its subheading): the card then leaves
   * them out, keeping only a period of the figure's own. Default `standalone`.
   */
  declare context: string | null;

  protected override loadView(): Promise<unknown> {
    return import('./kpi-view.js').then((loaded) => (view = loaded));
  }

  /** The `notation` attribute, checked against the notations the formatter knows. */
  pickNotation(allowed: readonly string[]): string {
    return this.pick('notation', this.notation, allowed, 'compact');
  }

  protected override renderSkeleton(locale: Locale): TemplateResult {
    const size = this.pick('size', this.size, KPI_SIZES, 'm');
    return html`<div part="card" class="card size-${size}" role="progressbar" aria-busy="true" aria-label=${messages(locale).loading}>
      <span class="skeleton-bar label"></span>
      <span class="skeleton-bar value"></span>
      <span class="skeleton-bar meta"></span>
    </div>`;
  }

  protected override renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
    return view!.renderKpiCard(this, this.pick('size', this.size, KPI_SIZES, 'm'), dataset, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-kpi': UnionKpi;
  }
}
