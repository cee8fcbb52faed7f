import { html, type TemplateResult } from 'lit';
import type { HonorRoll, Report } from '../../dataset/types.js';
import { formatQuantity } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { sourcePopoverFor } from '../base/source-popover.js';
import { rollSourceView } from '../base/source-view.js';
import type { UnionElement } from '../base/union-element.js';

const LIST_NOTE = { 'zh-CN': '名单见报告', en: 'names listed in the report' } as const;

/**
 * A card for a report whose figures are its honour rolls (the plenary prints lists, not
 * numbers): the award and how many people or organisations it names, counted from the roll,
 * with the list's heading in the report as its source.
 */
export function renderRollSummary(host: UnionElement, roll: HonorRoll, report: Report | undefined, locale: Locale): TemplateResult {
  const people = roll.entries.every((e) => e.kind === 'person');
  const count = formatQuantity({ value: roll.entries.length, unit: people ? 'person' : 'organisation', approx: 'exact', text: '' }, { locale });
  const award = locale === 'en' ? roll.award.en : roll.award.zh;
  const issuer = report ? (locale === 'en' ? report.issuer.en : report.issuer.zh) : '';
  const source = report ? rollSourceView(roll, report, count, locale) : undefined;
  return html`<div part="roll-card" class="roll-card" role="group" aria-label=${`${award}: ${count}`}>
    <div class="roll-award">${award}</div>
    <div class="roll-count">${count}</div>
    <div class="roll-meta">
      <span>${issuer}${roll.year ? ` · ${roll.year}` : ''} · ${LIST_NOTE[locale]}</span>
      ${source ? sourcePopoverFor(host, roll.id).render(source, locale) : ''}
    </div>
  </div>`;
}
