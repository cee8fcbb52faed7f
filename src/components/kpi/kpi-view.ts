import { html, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { factLabel, factNoun } from '../../dataset/wording.js';
import { formatQuantityParts, NOTATIONS, speakQuantity, type Notation } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import type { WidgetProblem } from '../base/problem.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { factSourceView } from '../base/source-view.js';
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
      <span>${issuer} · ${source.time}</span>
      ${sourcePopoverFor(host).render(source, locale)}
    </div>
  </div>`;
}
