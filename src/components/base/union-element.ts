import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { DataNeed } from '../../dataset/parts/route.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { widgetNeed, type NeedAttributes } from './widget-need.js';
import { chunkProblem, loadDataset, DEFAULT_TIMEOUT_MS, type LoadProblem } from './dataset-source.js';
import { resolveLang } from './lang.js';
import { messages } from './messages.js';
import type { WidgetProblem } from './problem.js';
import { onPageAttributeChange } from './page-attributes.js';
import { pageScheme, THEMES, type Theme } from './theme.js';

type ProblemView = typeof import('./problem-view.js');
let problemView: ProblemView | undefined;
let problemViewLoading: Promise<ProblemView> | undefined;

/** The error state's code and words, loaded the first time any widget has a problem. */
function loadProblemView(): Promise<ProblemView> {
  problemViewLoading ??= import('./problem-view.js').then((view) => (problemView = view));
  return problemViewLoading;
}

export { THEMES, type Theme };

/** What a string property was set to when it cannot become text; undefined when it can. */
function untextable(value: unknown): 'symbol' | 'object' | undefined {
  if (typeof value === 'symbol') return 'symbol';
  if (value === null || typeof value !== 'object') return undefined;
  try {
    // The length is never negative: the test keeps String() through the minifier, which
    // drops a bare call it takes for pure and so never saw the throw.
    return String(value).length < 0 ? 'object' : undefined;
  } catch {
    // Object.create(null) has no toString, and a hostile object's may throw.
    return 'object';
  }
}

type LoadState =
  | { status: 'pending' }
  | { status: 'complete'; dataset: UnionDataset }
  | { status: 'error'; problem: LoadProblem };

/**
 * How long a widget waits for its data before it draws the skeleton. Data that comes
 * sooner (the embedded dataset, a cached `src`, a card inside a grid) is drawn in the
 * first render: one render per widget instead of two, and no skeleton flashing by.
 */
const SKELETON_DELAY_MS = 200;
const skeletonDelay = () => new Promise<void>((resolve) => setTimeout(resolve, SKELETON_DELAY_MS));

/**
 * What every union-viz widget shares: `lang` (own, else the nearest ancestor's), `src`
 * (a dataset URL; the embedded dataset when absent), `theme` (absent: the page's), a
 * skeleton while data loads, and one error state, with a console warning naming the
 * attribute, for every problem. Subclasses implement `loadView`, `renderData` and
 * `renderSkeleton`.
 *
 * Everything is drawn inside one inner frame, never on the host: a page's global reset
 * (`*{all:unset}`) reaches the host but not the shadow root, so the layout, colours and
 * type that live on the frame survive it.
 */
export abstract class UnionElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    loadState: { state: true },
  };

  /** URL of a dataset in the union-viz schema; the embedded dataset when absent. */
  declare src: string | null;
  /**
   * `light` or `dark`. Absent: the page's declared `color-scheme` (the system's only when the
   * page declares `light dark`), else a `data-theme`/`theme`/`class="dark"` convention on an
   * ancestor, else light.
   */
  declare theme: string | null;
  /** How long to wait for `src`, in milliseconds. Default 10000. */
  declare timeout: number;
  /** @internal */
  protected declare loadState: LoadState;
  private stopWatchingPage?: () => void;
  /** The scheme the page asks for by convention; undefined: inherit the page's color-scheme. */
  private pageScheme?: Theme;
  private loadToken = 0;
  private loadKey?: string;
  private loading?: Promise<void>;
  private readonly propertyProblems = new Map<string, WidgetProblem>();
  /** Code the next update waits for (see updateAfter). */
  private pendingCode?: Promise<unknown>;

  constructor() {
    super();
    this.src = null;
    this.theme = null;
    this.timeout = DEFAULT_TIMEOUT_MS;
    this.loadState = { status: 'pending' };
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.requestUpdate();
    else super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageScheme = pageScheme(this);
    this.stopWatchingPage = onPageAttributeChange((langChanged) => {
      const scheme = pageScheme(this);
      if (!langChanged && scheme === this.pageScheme) return;
      this.pageScheme = scheme;
      this.requestUpdate();
    }, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingPage?.();
  }

  /**
   * Starts loading before the first render and waits a little for it, so that fast data is
   * drawn at once (see SKELETON_DELAY_MS).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.rejectUntextable();
    const code = this.pendingCode;
    this.pendingCode = undefined;
    if (code) return code.then(() => this.scheduleUpdate());
    this.loadIfChanged();
    if (this.hasUpdated || this.loadState.status !== 'pending' || this.skeletonAtOnce) return super.scheduleUpdate();
    return Promise.race([this.loading, skeletonDelay()]).then(() => super.scheduleUpdate());
  }

  /**
   * Whether the skeleton is drawn at once rather than after SKELETON_DELAY_MS: for a widget
   * that must measure its box before it draws (a chart), the skeleton is that box, measured
   * while the data loads.
   */
  protected get skeletonAtOnce(): boolean {
    return false;
  }

  /**
   * Requests an update that waits for `code` (a part of a view loaded on first use, such as
   * a source popover's content), so that `updateComplete` resolves once it is drawn.
   * @internal Public for the views' controllers.
   */
  updateAfter(code: Promise<unknown>): void {
    this.pendingCode = code;
    this.requestUpdate();
  }

  /**
   * A string property set to what cannot become text (a Symbol, `Object.create(null)`)
   * would throw when Lit reflects or renders it, or when the widget reads it to load: it is
   * set back to null before anything reads it, and the widget shows the error state
   * naming the property.
   */
  private rejectUntextable(): void {
    const declarations = (this.constructor as typeof LitElement).elementProperties;
    for (const [key, declaration] of declarations) {
      if (typeof key !== 'string' || declaration.state || (declaration.type !== undefined && declaration.type !== String)) continue;
      const received = untextable((this as Record<string, unknown>)[key]);
      if (received === undefined) {
        if ((this as Record<string, unknown>)[key] !== null) this.propertyProblems.delete(key);
        continue;
      }
      (this as Record<string, unknown>)[key] = null;
      this.propertyProblems.set(key, { kind: 'bad-property', property: key, received });
    }
  }

  /**
   * What the widget shows, read from the attributes every widget names the same way, so
   * that only the parts of the embedded dataset that hold it are loaded. A widget whose
   * controls can reach beyond its attributes (the honour roll's report filter) asks for more.
   */
  protected dataNeed(): DataNeed {
    return widgetNeed(this as NeedAttributes);
  }

  private loadIfChanged(): void {
    const need = this.dataNeed();
    const loadKey = this.src ? `src ${this.src}` : JSON.stringify(need);
    if (loadKey === this.loadKey) return;
    this.loadKey = loadKey;
    const token = (this.loadToken += 1);
    this.loadState = { status: 'pending' };
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    // The data never rejects (a failure is a result); the view's chunk can.
    this.loading = Promise.all([loadDataset(this.src, timeout, need), this.loadView()])
      .then(
        ([result]): LoadState => (result.ok ? { status: 'complete', dataset: result.dataset } : { status: 'error', problem: result.problem }),
        (error: unknown): LoadState => ({ status: 'error', problem: chunkProblem(error, 'code') }),
      )
      .then((state) => {
        if (token === this.loadToken) this.loadState = state;
      });
  }

  /**
   * Loads the code that draws the widget with its data, while the data loads: the tag's
   * own file holds only what it needs to stand in the page (the skeleton).
   */
  protected abstract loadView(): Promise<unknown>;

  /** The locale the widget speaks now. */
  get locale(): Locale {
    const resolved = resolveLang(this.getAttribute('lang'), this);
    if (resolved.invalid !== undefined) {
      this.warn({ kind: 'bad-attribute', attribute: 'lang', value: resolved.invalid, allowed: ['zh-CN', 'en'] });
    }
    return resolved.locale;
  }

  /** Warns once on the console about a problem, naming the attribute. */
  protected warn(problem: WidgetProblem): void {
    if (problemView) problemView.warnProblem(this, problem);
    else void loadProblemView().then((view) => view.warnProblem(this, problem));
  }

  /**
   * Reads an enumerated attribute: a bad value warns once and falls back to the default.
   * @internal Public for the views that load with the data.
   */
  pick<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
    if (value === null || value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warn({ kind: 'bad-attribute', attribute, value, allowed });
    return fallback;
  }

  /** The scheme the widget draws in: its `theme`, else the page's convention; undefined: inherit the page's. */
  get scheme(): Theme | undefined {
    const own = this.pick<Theme | 'page'>('theme', this.theme, THEMES, 'page');
    return own === 'page' ? this.pageScheme : own;
  }

  protected override render(): TemplateResult {
    const scheme = this.scheme;
    return html`<div class="frame" data-scheme=${scheme ?? nothing}>${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult {
    const locale = this.locale;
    const [propertyProblem] = this.propertyProblems.values();
    if (propertyProblem) return this.renderProblem(propertyProblem, locale);
    const state = this.loadState;
    if (state.status === 'pending') return this.renderSkeleton(locale);
    if (state.status === 'error') return this.renderProblem({ kind: 'load', problem: state.problem }, locale);
    const content = this.renderData(state.dataset, locale);
    return 'kind' in content && typeof content.kind === 'string' ? this.renderProblem(content as WidgetProblem, locale) : (content as TemplateResult);
  }

  /** The widget with its data; a WidgetProblem when there is nothing to show. */
  protected abstract renderData(dataset: UnionDataset, locale: Locale): TemplateResult | WidgetProblem;

  /** A placeholder of the final size, shown while the dataset loads. */
  protected abstract renderSkeleton(locale: Locale): TemplateResult;

  /**
   * The error state: visible, localised, in the widget's place. Its code loads on first
   * use; until then the widget keeps showing that it is busy, never a blank box.
   */
  protected renderProblem(problem: WidgetProblem, locale: Locale): TemplateResult {
    this.warn(problem);
    if (!problemView) {
      void loadProblemView().then(() => this.requestUpdate());
      return html`<div part="error" class="problem" aria-busy="true">${messages(locale).loading}</div>`;
    }
    return problemView.renderProblemView(this, problem, locale);
  }
}
