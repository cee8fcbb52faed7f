import { html, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatQuantity, NOTATIONS, speakQuantity, type Notation } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from '../base/adopt-styles.js';
import type { WidgetProblem } from '../base/problem.js';
import { factLabel, factNoun } from '../../dataset/wording.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { factSourceView } from '../base/source-view.js';
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
  const found = dataset.metric(fact.metric);
  const metric = found.ok ? found.value : undefined;
  const noun = factNoun(fact, metric);
  const options = { locale, notation: host.pickNotation(NOTATIONS) as Notation, ...(noun ? { noun } : {}) };
  const label = factLabel(fact, metric)[locale === 'en' ? 'en' : 'zh'];
  return html`<span part="figure" class="figure"
      ><span aria-hidden="true">${formatQuantity(fact.quantity, options)}</span
      ><span class="visually-hidden">${speakQuantity(fact.quantity, options)}</span></span
    >${sourcePopoverFor(host).render(factSourceView(fact, metric, report.value, options, label), locale)}`;
}
