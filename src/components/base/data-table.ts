import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { chartMessages } from './chart-messages.js';
import type { MarkRecord } from './mark-record.js';

type SharedColumn = 'period' | 'region' | 'report';
const SHARED_COLUMNS: readonly SharedColumn[] = ['period', 'region', 'report'];

/**
 * The marks as an HTML table, the alternative to the drawing: one row per mark, a header
 * per column, the label as each row's header, the value as the report writes it (and as
 * it printed it, where the value rounds it: 3.27万名, 报告原文 32677名). A column that
 * says the same on every row (one report, one region, one period) is said once, under the
 * caption, rather than on every row: on a phone a repeated report title made each row
 * hundreds of pixels tall. The table scrolls sideways in its own box, which takes the
 * keyboard's focus, if it is still wider than the widget.
 */
export function renderDataTable(caption: string, records: readonly MarkRecord[], locale: Locale): TemplateResult {
  const c = chartMessages(locale).columns;
  const shared = SHARED_COLUMNS.filter((key) => records.length > 1 && records.every((r) => r[key] === records[0]![key]));
  const columns = SHARED_COLUMNS.filter((key) => !shared.includes(key));
  const context = shared.map((key) => `${c[key]}${locale === 'en' ? ': ' : '：'}${records[0]![key]}`).join(' · ');
  return tableBox(
    caption,
    html`<table part="table" class="data-table">
      <caption>
        ${caption}${context ? html`<span class="table-context">${context}</span>` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.label}</th>
          <th scope="col">${c.value}</th>
          ${columns.map((key) => html`<th scope="col">${c[key]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${records.map(
          (r) => html`<tr>
            <th scope="row">${r.label}</th>
            <td class="numeric">
              <span aria-hidden="true">${r.display}</span><span class="visually-hidden">${r.spoken}</span>
              ${r.rounds ? html`<span class="printed">${c.text}${locale === 'en' ? ': ' : '：'}${r.text}</span>` : nothing}
            </td>
            ${columns.map((key) => html`<td class=${key}>${r[key]}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/**
 * A table in a box that scrolls sideways, and takes the keyboard's focus so that a reader
 * without a pointer can scroll it, if the table is wider than the widget (a phone).
 */
export function tableBox(caption: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="group" aria-label=${caption} tabindex="0">${table}</div>`;
}

/** The button that switches between the drawing and the table. */
export function renderTableToggle(showingTable: boolean, toggle: () => void, locale: Locale): TemplateResult {
  const m = chartMessages(locale);
  return html`<button type="button" part="table-toggle" class="chart-button" aria-pressed=${String(showingTable)} @click=${toggle}>
    ${m.showTable}
  </button>`;
}
