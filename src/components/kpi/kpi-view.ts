import { html, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatPeriod, formatQuantityParts, NOTATIONS, speakQuantity, type Notation } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import type { WidgetProblem } from '../base/problem.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import type { UnionElement } from '../base/union-element.js';
import { selectFact, type FactSelector } from './select-fact.js';

/** What the card reads of its element. */
export interface KpiHost extends UnionElement, FactSelector {
  label: string | null;
  notation: string | null;
  pickNotation(allowed: readonly string[]): string;
}

const qualifier = (word: string) => (word ? html`<span class="qualifier">${word}</span>` : '');

/** The KPI card with its data: label, figure, issuer and period, and the source control. */
export function renderKpiCard(host: KpiHost, size: string, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const fact = selectFact(dataset, host);
  if ('kind' in fact) return fact;
  const metric = dataset.metric(fact.metric);
  const report = dataset.report(fact.report);
  if (!report.ok) return { kind: 'not-found', attribute: 'fact', error: report.error };
  const notation = host.pickNotation(NOTATIONS) as Notation;
  const label = host.label || (metric.ok ? metric.value[locale === 'en' ? 'en' : 'zh'] : fact.metric);
  const options = { locale, notation };
  const parts = formatQuantityParts(fact.quantity, options);
  const spoken = speakQuantity(fact.quantity, options);
  const issuer = locale === 'en' ? report.value.issuer.en : report.value.issuer.zh;
  const separator = locale === 'en' ? ': ' : '：';
  return html`<div part="card" class="card size-${size}" role="group" aria-label=${`${label}${separator}${spoken}`}>
    <div part="label" class="label">${label}</div>
    <div part="value" class="value">
      <span aria-hidden="true"
        >${qualifier(parts.qualifierBefore)}<span class="number">${parts.number}</span>${qualifier(parts.qualifierAfter)}<span class="unit"
          >${parts.unit}</span
        >${qualifier(parts.qualifierEnd)}</span
      ><span class="visually-hidden">${spoken}</span>
    </div>
    <div part="meta" class="meta">
      <span>${issuer} · ${formatPeriod(fact.period ?? report.value.period, locale)}</span>
      ${sourcePopoverFor(host).render(fact, report.value, locale, label)}
    </div>
  </div>`;
}
