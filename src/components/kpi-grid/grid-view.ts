import { html, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatPeriod } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import type { WidgetProblem } from '../base/problem.js';
import type { UnionElement } from '../base/union-element.js';
import { gridFacts, type GridShow } from './grid-facts.js';
import { renderRollSummary } from './roll-summary.js';

/** What the grid reads of its element. */
export interface GridHost extends UnionElement {
  report: string | null;
  category: string | null;
  heading: string | null;
  notation: string | null;
  src: string | null;
}

/** The grid's title and its subheading (issuer and period, each isolated: they are data). */
function headingFor(host: GridHost, dataset: UnionDataset, locale: Locale): { title: string; sub: TemplateResult | '' } {
  const report = host.report ? dataset.report(host.report) : undefined;
  if (report?.ok) {
    const r = report.value;
    const issuer = locale === 'en' ? r.issuer.en : r.issuer.zh;
    return { title: host.heading || (locale === 'en' ? r.titleEn : r.title), sub: html`<bdi>${issuer}</bdi> · <bdi>${formatPeriod(r.period, locale)}</bdi>` };
  }
  return { title: host.heading || host.category || '', sub: '' };
}

/** The grid with its data: heading, then a KPI card per fact (or a card per honour roll). */
export function renderKpiGrid(host: GridHost, show: GridShow, dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
  const facts = gridFacts(dataset, { report: host.report, category: host.category, show });
  const rolls = host.report && !host.category ? dataset.honorRolls({ report: host.report }) : [];
  const onlyRolls = 'kind' in facts && facts.kind === 'empty' && rolls.length > 0;
  if ('kind' in facts && !onlyRolls) return facts;
  const { title, sub } = headingFor(host, dataset, locale);
  const report = host.report ? dataset.report(host.report) : undefined;
  return html`<section aria-label=${title}>
    <h2 part="heading" class="heading">${title}</h2>
    ${sub ? html`<p part="subheading" class="subheading">${sub}</p>` : ''}
    <ul part="grid" class="grid">
      ${'kind' in facts ? rolls.map((roll) => html`<li>${renderRollSummary(host, roll, report?.ok ? report.value : undefined, locale)}</li>`) : ''}
      ${('kind' in facts ? [] : facts).map(
        (f) => html`<li>
          <union-kpi
            fact=${f.id}
            lang=${locale}
            src=${host.src ?? ''}
            theme=${host.scheme ?? ''}
            notation=${host.notation ?? ''}
            context=${report?.ok ? 'report' : ''}
          ></union-kpi>
        </li>`,
      )}
    </ul>
  </section>`;
}
