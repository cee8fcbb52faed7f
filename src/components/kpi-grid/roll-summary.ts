import { html, type TemplateResult } from 'lit';
import type { HonorRoll, Report } from '../../dataset/types.js';
import { formatQuantity, formatQuantityParts } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { rollSourceView } from '../base/source-view.js';
import type { UnionElement } from '../base/union-element.js';

const LIST_NOTE = { 'zh-CN': '名单见报告', en: 'names listed in the report' } as const;

/** Whether the roll's year is the report's whole period, which the grid's subheading states. */
function yearIsReportPeriod(roll: HonorRoll, report: Report | undefined): boolean {
  const year = roll.year === undefined ? undefined : String(roll.year);
  return !!report && year === report.period.start && year === report.period.end;
}

/**
 * A card for a report whose figures are its honour rolls (the plenary prints lists, not
 * numbers): the award and how many people or organisations it names, counted from the roll,
 * with the list's heading in the report as its source. Like a KPI card in a grid, it is
 * named by its label alone and leaves out the issuer and the year where the grid's
 * subheading states them.
 */
export function renderRollSummary(host: UnionElement, roll: HonorRoll, report: Report | undefined, locale: Locale): TemplateResult {
  const people = roll.entries.every((e) => e.kind === 'person');
  const quantity = { value: roll.entries.length, unit: people ? 'person' : 'organisation', approx: 'exact', text: '' } as const;
  const count = formatQuantity(quantity, { locale });
  const parts = formatQuantityParts(quantity, { locale });
  const award = locale === 'en' ? roll.award.en : roll.award.zh;
  const issuer = report || !roll.issuer ? '' : locale === 'en' ? roll.issuer.en : roll.issuer.zh;
  const year = roll.year !== undefined && !yearIsReportPeriod(roll, report) ? String(roll.year) : '';
  const source = report ? rollSourceView(roll, report, count, locale) : undefined;
  return html`<div part="roll-card" class="roll-card" role="group" aria-label=${award}>
    <div class="roll-award"><bdi>${award}</bdi></div>
    <div class="roll-count"><span class="number">${parts.number}</span><span class="unit">${parts.unit}</span></div>
    <div class="roll-meta">
      <span>${[issuer, year, LIST_NOTE[locale]].filter(Boolean).map((t, i) => html`${i > 0 ? ' · ' : ''}<bdi>${t}</bdi>`)}</span>
      ${source ? sourcePopoverFor(host, roll.id).render(source, locale) : ''}
    </div>
  </div>`;
}
