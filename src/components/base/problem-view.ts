import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import { problemMessages } from './problem-messages.js';
import { problemStyles } from './problem.styles.js';
import { echo, problemWarning, PROBLEM_MESSAGE_LENGTH, type WidgetProblem } from './problem.js';
import { warnOnce } from './warn.js';

const SCHEMA_ERRORS_SHOWN = 5;

export { problemWarning };

/** Warns once per element about a problem, naming the attribute or field (see problemWarning). */
export function warnProblem(element: Element, problem: WidgetProblem): void {
  warnOnce(element, problemWarning(element.localName, problem));
}

/** The error state: visible, localised, in the widget's place, with the bad fields of a dataset. */
export function renderProblemView(host: Element, problem: WidgetProblem, locale: Locale): TemplateResult {
  adoptStylesOnce(host, problemStyles);
  const m = problemMessages(locale);
  const schema = problem.kind === 'load' && problem.problem.kind === 'schema' ? problem.problem : undefined;
  const shown = schema?.errors.slice(0, SCHEMA_ERRORS_SHOWN) ?? [];
  const more = (schema?.errorCount ?? 0) - shown.length;
  return html`<div part="error" class="problem" role="alert">
    <p class="problem-title">${m.problemTitle}</p>
    <p>${m.problem(problem)}</p>
    ${shown.length > 0
      ? html`<ul>
          ${shown.map((e) => html`<li><code>${echo(e.path)}</code> ${echo(e.message, PROBLEM_MESSAGE_LENGTH)}</li>`)}
          ${more > 0 ? html`<li>${m.moreErrors(more)}</li>` : ''}
        </ul>`
      : ''}
  </div>`;
}
