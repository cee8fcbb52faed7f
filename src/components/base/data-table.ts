import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { chartMessages } from './chart-messages.js';
import type { MarkRecord } from './mark-record.js';

/**
 * The marks as an HTML table, the alternative to the drawing: one row per mark, a header
 * per column, the label as each row's header, the value as the report writes it.
 */
export function renderDataTable(caption: string, records: readonly MarkRecord[], locale: Locale): TemplateResult {
  const c = chartMessages(locale).columns;
  return html`<table part="table" class="data-table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${c.label}</th>
        <th scope="col">${c.value}</th>
        <th scope="col">${c.period}</th>
        <th scope="col">${c.region}</th>
        <th scope="col">${c.report}</th>
      </tr>
    </thead>
    <tbody>
      ${records.map(
        (r) => html`<tr>
          <th scope="row">${r.label}</th>
          <td class="numeric"><span aria-hidden="true">${r.display}</span><span class="visually-hidden">${r.spoken}</span></td>
          <td>${r.period}</td>
          <td>${r.region}</td>
          <td>${r.report}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The button that switches between the drawing and the table. */
export function renderTableToggle(showingTable: boolean, toggle: () => void, locale: Locale): TemplateResult {
  const m = chartMessages(locale);
  return html`<button type="button" part="table-toggle" class="chart-button" aria-pressed=${String(showingTable)} @click=${toggle}>
    ${m.showTable}
  </button>`;
}
