import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { baseStyles } from '../base/base.styles.js';
import { messages } from '../base/messages.js';
import type { WidgetProblem } from '../base/problem.js';
import { tokens } from '../base/tokens.styles.js';
import { UnionElement } from '../base/union-element.js';

type FigureView = typeof import('./figure-view.js');
let view: FigureView | undefined;
import { figureStyles } from './union-figure.styles.js';

/**
 * A sourced figure inline in running text, with a footnote-style marker that opens the
 * quote it came from. For journalists writing prose.
 *
 * @summary One figure inside a sentence, with its source.
 * @tag union-figure
 *
 * @csspart figure - The figure as text.
 * @csspart source-button - The superscript source marker.
 * @csspart source-popover - The popover with the quote.
 * @csspart error - The error state (inline).
 *
 * @example
 * <p>义乌全年完成疗休养 <union-figure fact="yiwu-2020.rest-recuperation.participants">32677名</union-figure>。</p>
 */
export class UnionFigure extends UnionElement {
  static override styles = [tokens, baseStyles, figureStyles];

  static override properties: PropertyDeclarations = {
    fact: { reflect: true },
    metric: { reflect: true },
    region: { reflect: true },
    report: { reflect: true },
    notation: {},
  };

  /** Id of the fact to show. */
  declare fact: string | null;
  /** Metric id; with `region` (and optionally `report`) instead of `fact`. */
  declare metric: string | null;
  /** GB/T 2260 code, zh name or en name of the region, with `metric`. */
  declare region: string | null;
  /** Report id, to choose among reports. */
  declare report: string | null;
  /** `compact` (default) or `full`. */
  declare notation: string | null;

  /** @internal */
  label: string | null = null;
  /** @internal */
  context: string | null = null;

  protected override loadView(): Promise<unknown> {
    return import('./figure-view.js').then((loaded) => (view = loaded));
  }

  /** The `notation` attribute, checked against the notations the formatter knows. */
  pickNotation(allowed: readonly string[]): string {
    return this.pick('notation', this.notation, allowed, 'compact');
  }

  protected override renderSkeleton(locale: Locale): TemplateResult {
    return html`<span class="skeleton-bar" aria-busy="true" role="progressbar" aria-label=${messages(locale).loading}></span>`;
  }

  protected override renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
    return view!.renderInlineFigure(this, dataset, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-figure': UnionFigure;
  }
}
