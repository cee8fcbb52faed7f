import { html, type TemplateResult } from 'lit';
import type { Fact, Report } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatPeriod, formatQuantityParts, NOTATIONS, speakQuantity, type Notation } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from '../base/adopt-styles.js';
import type { WidgetProblem } from '../base/problem.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import type { UnionElement } from '../base/union-element.js';
import { kpiCardStyles } from './kpi-card.styles.js';
import { selectFact, type FactSelector } from './select-fact.js';

/** What the card reads of its element. */
export interface KpiHost extends UnionElement, FactSelector {
  label: string | null;
  notation: string | null;
  pickNotation(allowed: readonly string[]): string;
  /** `report` when the page around the card already states the report's issuer and period. */
  context: string | null;
}

/** Values of the `context` attribute. */
export const KPI_CONTEXTS = ['standalone', 'report'] as const;

/**
 * Issuer and period, each isolated so that a bidi control in data cannot reorder the other.
 * Left out where the page around the card states them (a grid's subheading), except a
 * period of the fact's own.
 */
function renderSourceLine(host: KpiHost, fact: Fact, report: Report, locale: Locale): TemplateResult | string {
  const issuer = locale === 'en' ? report.issuer.en : report.issuer.zh;
  const period = html`<bdi>${formatPeriod(fact.period ?? report.period, locale)}</bdi>`;
  if (host.pick('context', host.context, KPI_CONTEXTS, 'standalone') !== 'report') return html`<span class="source-line"><bdi>${issuer}</bdi> · ${period}</span>`;
  return fact.period ? html`<span class="source-line">${period}</span>` : '';
}

const qualifier = (word: string) => (word ? html`<span class="qualifier">${word}</span>` : '');

/** The KPI card with its data: label, figure, issuer and period, and the source control. */
export function renderKpiCard(host: KpiHost, size: string, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const fact = selectFact(dataset, host);
  if ('kind' in fact) return fact;
  adoptStylesOnce(host, kpiCardStyles);
  const metric = dataset.metric(fact.metric);
  const report = dataset.report(fact.report);
  if (!report.ok) return { kind: 'not-found', attribute: 'fact', error: report.error };
  const notation = host.pickNotation(NOTATIONS) as Notation;
  const label = host.label || (metric.ok ? metric.value[locale === 'en' ? 'en' : 'zh'] : fact.metric);
  const options = { locale, notation };
  const parts = formatQuantityParts(fact.quantity, options);
  const spoken = speakQuantity(fact.quantity, options);
  return html`<div part="card" class="card size-${size}" role="group" aria-label=${label}>
    <div part="label" class="label">${label}</div>
    <div part="value" class="value">
      <span aria-hidden="true"
        >${qualifier(parts.qualifierBefore)}<span class="number">${parts.number}</span>${qualifier(parts.qualifierAfter)}<span class="unit"
          >${parts.unit}</span
        >${qualifier(parts.qualifierEnd)}</span
      ><span class="visually-hidden">${spoken}</span>
    </div>
    <div part="meta" class="meta">
      ${renderSourceLine(host, fact, report.value, locale)}
      ${sourcePopoverFor(host).render(fact, report.value, locale, label)}
    </div>
  </div>`;
}
