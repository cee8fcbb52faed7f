import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { baseStyles } from '../base/base.styles.js';
import { chartFrameStyles } from '../base/chart-frame.styles.js';
import { chartBaseStyles, chartTokens } from '../base/chart-tokens.styles.js';
import { messages } from '../base/messages.js';
import type { WidgetProblem } from '../base/problem.js';
import { ResizeController } from '../base/resize-controller.js';
import { tokens } from '../base/tokens.styles.js';
import type { DataNeed } from '../../dataset/parts/route.js';
import { honorRollNeed, loadRollView } from './loading.js';
import { UnionElement } from '../base/union-element.js';
import { honorRollStyles } from './union-honor-roll.styles.js';

type RollView = typeof import('./roll-view.js');
let view: RollView | undefined;

const SKELETON_ROWS = 6;

/**
 * The reports' award lists as a searchable, sourced, printable roll, grouped by award: each
 * group has its level as a badge, the conferring body, the year and a count. A person is
 * shown with the workplace beside the name, an organisation by name, and a project or case
 * award is marked. Every entry's source button opens the line it is printed on. Search
 * matches names and workplaces whatever their width or spacing (丁 思 诗 = 丁思诗), marks the
 * matches and announces the count. Filters by level, year, report and kind, as controls and
 * as attributes; long rolls are paged. Printing prints every entry of the filter, with the
 * printed lines and without the controls. The menu downloads the entries as CSV and copies
 * the embed code.
 *
 * @summary The honour rolls, searchable and sourced.
 * @tag union-honor-roll
 *
 * @csspart heading - The roll's title.
 * @csspart filters - The search box and the filters.
 * @csspart status - The number of entries the filter shows (a live region).
 * @csspart group - One award: heading, level badge, conferring body, year, count, entries.
 * @csspart level-badge - The award's level (全国/省/市/县).
 * @csspart kind-badge - Marks a project or case award.
 * @csspart entries - The list (or grid of cards) of an award's entries.
 * @csspart table - An award's entries, in the table layout.
 * @csspart match - A search match inside a name or workplace.
 * @csspart empty - The empty state, with its clear button.
 * @csspart pager - Previous and next page.
 * @csspart menu-button - The button that opens the menu.
 * @csspart embed-code - The embed code to copy by hand, shown in the menu when the clipboard refuses it.
 * @csspart menu - The menu (download CSV; copy embed code).
 * @csspart source - The source line under the roll.
 * @csspart source-button - Opens an entry's printed line.
 * @csspart source-popover - The printed line, the name marked.
 * @csspart error - The error state.
 *
 * @cssprop --union-color-level-national - Badge of national honours (全国).
 * @cssprop --union-color-level-provincial - Badge of provincial honours (省).
 * @cssprop --union-color-level-prefecture - Badge of prefecture honours (市).
 * @cssprop --union-color-level-county - Badge of county honours (县).
 * @cssprop --union-color-mark - The background of a search match.
 * @cssprop --union-color-focus - The focus ring.
 *
 * @fires union-export - Before the menu writes the CSV or copies the embed code; detail
 * `{ format, filename, blob }`. Cancel it to handle the file yourself.
 *
 * @example
 * <union-honor-roll report="yiwu-2018-plenary" award="最美职工"></union-honor-roll>
 * <union-honor-roll level="national" layout="table" lang="en"></union-honor-roll>
 * <union-honor-roll query="丁 思 诗"></union-honor-roll>
 */
export class UnionHonorRoll extends UnionElement {
  static override styles = [tokens, chartTokens, baseStyles, chartBaseStyles, chartFrameStyles, honorRollStyles];

  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    year: { reflect: true },
    report: { reflect: true },
    award: { reflect: true },
    kind: { reflect: true },
    query: { reflect: true },
    layout: { reflect: true },
    heading: { reflect: true },
    printing: { state: true },
  };

  /** `national`, `provincial`, `prefecture` or `county`: only awards of that level. */
  declare level: string | null;
  /** A year, e.g. `2018`: only awards of that year. */
  declare year: string | null;
  /** A report id: only that report's awards. */
  declare report: string | null;
  /** One award: a roll id (or its last part), or a part of the award's name, e.g. `最美职工`. */
  declare award: string | null;
  /** `person`, `organisation` or `project`: only entries of that kind. */
  declare kind: string | null;
  /** Search text, matched in names and workplaces. */
  declare query: string | null;
  /** `list`, `cards` or `table`; absent: cards in a wide column, a list in a narrow one. */
  declare layout: string | null;
  /** A title to show instead of 荣誉榜 / Honour rolls. */
  declare heading: string | null;
  /** @internal True while the page prints: every entry of the filter is rendered. */
  declare printing: boolean;
  /** @internal The page shown, from 1. */
  page = 1;

  /** @internal The widget's width, for the default layout. */
  readonly size = new ResizeController(this);

  private readonly printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly onPrint = () => {
    this.printing = true;
  };
  private readonly onPrinted = () => {
    this.printing = !!this.printMedia?.matches;
  };
  private readonly onPrintMedia = () => (this.printMedia?.matches ? this.onPrint() : this.onPrinted());

  constructor() {
    super();
    this.level = this.year = this.report = this.award = this.kind = this.query = this.layout = this.heading = null;
    this.printing = !!this.printMedia?.matches;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrinted);
    this.printMedia?.addEventListener('change', this.onPrintMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrinted);
    this.printMedia?.removeEventListener('change', this.onPrintMedia);
  }

  protected override renderSkeleton(locale: Locale): TemplateResult {
    return html`<div class="skeleton" aria-busy="true" role="img" aria-label=${messages(locale).loading}>
      <span class="skeleton-bar heading"></span>
      ${Array.from({ length: SKELETON_ROWS }, () => html`<span class="skeleton-bar row"></span>`)}
    </div>`;
  }

  /**
   * Every roll, with every report (an unknown report names the near ones), and no facts:
   * the report filter is a control too, and changing it must not reload.
   */
  protected override dataNeed(): DataNeed {
    return honorRollNeed();
  }

  protected override loadView(): Promise<unknown> {
    return loadRollView().then((loaded) => (view = loaded));
  }

  protected override renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem {
    return view!.renderHonorRoll(this, dataset, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'union-honor-roll': UnionHonorRoll;
  }
}
