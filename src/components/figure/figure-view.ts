import { html, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatQuantity, NOTATIONS, speakQuantity, type Notation } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from '../base/adopt-styles.js';
import type { WidgetProblem } from '../base/problem.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import type { KpiHost } from '../kpi/kpi-view.js';
import { selectFact } from '../kpi/select-fact.js';
import { figureMarkerStyles } from './figure-marker.styles.js';

/** The figure as text in a sentence, with its footnote-style source marker. */
export function renderInlineFigure(host: KpiHost, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const fact = selectFact(dataset, host);
  if ('kind' in fact) return fact;
  const report = dataset.report(fact.report);
  if (!report.ok) return { kind: 'not-found', attribute: 'fact', error: report.error };
  adoptStylesOnce(host, figureMarkerStyles);
  const metric = dataset.metric(fact.metric);
  const label = metric.ok ? metric.value[locale === 'en' ? 'en' : 'zh'] : fact.metric;
  const options = { locale, notation: host.pickNotation(NOTATIONS) as Notation };
  return html`<span part="figure" class="figure"
      ><span aria-hidden="true">${formatQuantity(fact.quantity, options)}</span
      ><span class="visually-hidden">${speakQuantity(fact.quantity, options)}</span></span
    >${sourcePopoverFor(host).render(fact, report.value, locale, label)}`;
}
