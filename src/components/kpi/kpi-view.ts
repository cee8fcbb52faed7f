import { html, type TemplateResult } from 'lit';
import type { Fact, Report } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { factLabel, factMeasure, factNoun } from '../../dataset/wording.js';
import { formatQuantityParts, NOTATIONS, speakQuantity, type Notation } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from '../base/adopt-styles.js';
import type { WidgetProblem } from '../base/problem.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { factSourceView } from '../base/source-view.js';
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
 * Issuer and time, each isolated so that a bidi control in data cannot reorder the other.
 * Left out where the page around the card states them (a grid's subheading), except a
 * time of the fact's own: its own period, or a stock's point in time.
 */
function renderSourceLine(host: KpiHost, fact: Fact, report: Report, time: string, stock: boolean): TemplateResult | string {
  const issuer = host.locale === 'en' ? report.issuer.en : report.issuer.zh;
  const when = html`<bdi>${time}</bdi>`;
  if (host.pick('context', host.context, KPI_CONTEXTS, 'standalone') !== 'report') return html`<span class="source-line"><bdi>${issuer}</bdi> · ${when}</span>`;
  // A period the same as the report's (2018年以来 in a 2018—2023 review) is no period of its own.
  const own = fact.period && (fact.period.start !== report.period.start || fact.period.end !== report.period.end);
  return own || stock ? html`<span class="source-line">${when}</span>` : '';
}

const qualifier = (word: string) => (word ? html`<span class="qualifier">${word}</span>` : '');

/** The KPI card with its data: label, figure, issuer and period, and the source control. */
export function renderKpiCard(host: KpiHost, size: string, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const fact = selectFact(dataset, host);
  if ('kind' in fact) return fact;
  adoptStylesOnce(host, kpiCardStyles);
  const found = dataset.metric(fact.metric);
  const metric = found.ok ? found.value : undefined;
  const report = dataset.report(fact.report);
  if (!report.ok) return { kind: 'not-found', attribute: 'fact', error: report.error };
  const notation = host.pickNotation(NOTATIONS) as Notation;
  const label = host.label || factLabel(fact, metric)[locale === 'en' ? 'en' : 'zh'];
  const noun = factNoun(fact, metric);
  const options = { locale, notation, ...(noun ? { noun } : {}) };
  const source = factSourceView(fact, metric, report.value, options, label);
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
      ${renderSourceLine(host, fact, report.value, source.time, factMeasure(fact, metric) === 'stock')}
      ${sourcePopoverFor(host).render(source, locale)}
    </div>
  </div>`;
}
