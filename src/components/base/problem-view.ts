import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import { problemMessages } from './problem-messages.js';
import { problemStyles } from './problem.styles.js';
import { problemWarning, type WidgetProblem } from './problem.js';

const SCHEMA_ERRORS_SHOWN = 5;

export { problemWarning };

/** The error state: visible, localised, in the widget's place, with the bad fields of a dataset. */
export function renderProblemView(host: Element, problem: WidgetProblem, locale: Locale): TemplateResult {
  adoptStylesOnce(host, problemStyles);
  const m = problemMessages(locale);
  const errors = problem.kind === 'load' && problem.problem.kind === 'schema' ? problem.problem.errors : [];
  const shown = errors.slice(0, SCHEMA_ERRORS_SHOWN);
  return html`<div part="error" class="problem" role="alert">
    <p class="problem-title">${m.problemTitle}</p>
    <p>${m.problem(problem)}</p>
    ${shown.length > 0
      ? html`<ul>
          ${shown.map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}
          ${errors.length > shown.length ? html`<li>${m.moreErrors(errors.length - shown.length)}</li>` : ''}
        </ul>`
      : ''}
  </div>`;
}
