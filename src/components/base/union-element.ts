import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import type { Locale } from '../../format/locale.js';
import { loadDataset, DEFAULT_TIMEOUT_MS, type LoadProblem } from './dataset-source.js';
import { onPageLangChange, resolveLang } from './lang.js';
import { messages } from './messages.js';
import type { WidgetProblem } from './problem.js';
import { warnOnce } from './warn.js';

type ProblemView = typeof import('./problem-view.js');
let problemView: ProblemView | undefined;
let problemViewLoading: Promise<ProblemView> | undefined;

/** The error state's code and words, loaded the first time any widget has a problem. */
function loadProblemView(): Promise<ProblemView> {
  problemViewLoading ??= import('./problem-view.js').then((view) => (problemView = view));
  return problemViewLoading;
}

/** Values of the `theme` attribute; absent means: follow the page's colour scheme. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** What a string property was set to when it cannot become text; undefined when it can. */
function untextable(value: unknown): 'symbol' | 'object' | undefined {
  if (typeof value === 'symbol') return 'symbol';
  if (value === null || typeof value !== 'object') return undefined;
  try {
    String(value);
    return undefined;
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
 * What every union-viz widget shares: `lang` (own, else the nearest ancestor's), `src`
 * (a dataset URL; the embedded dataset when absent), `theme`, a skeleton while data
 * loads, and one error state, with a console warning naming the attribute, for every
 * problem. Subclasses implement `loadView`, `renderData` and `renderSkeleton`.
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
  /** `light` or `dark`; absent: follow `prefers-color-scheme`. */
  declare theme: string | null;
  /** How long to wait for `src`, in milliseconds. Default 10000. */
  declare timeout: number;
  /** @internal */
  protected declare loadState: LoadState;
  private stopWatchingLang?: () => void;
  private loadToken = 0;
  private readonly propertyProblems = new Map<string, WidgetProblem>();

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
    this.stopWatchingLang = onPageLangChange(() => this.requestUpdate(), this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.rejectUntextable(changed);
    if (changed.has('src')) this.load();
  }

  /**
   * A string property set to what cannot become text (a Symbol, `Object.create(null)`)
   * would throw when Lit reflects or renders it: it is set back to null, and the widget
   * shows the error state naming the property.
   */
  private rejectUntextable(changed: PropertyValues<this>): void {
    const declarations = (this.constructor as typeof LitElement).elementProperties;
    for (const key of changed.keys()) {
      const declaration = declarations.get(key);
      if (typeof key !== 'string' || !declaration || declaration.state || (declaration.type !== undefined && declaration.type !== String)) continue;
      const received = untextable((this as Record<string, unknown>)[key]);
      if (received === undefined) {
        this.propertyProblems.delete(key);
        continue;
      }
      (this as Record<string, unknown>)[key] = null;
      this.propertyProblems.set(key, { kind: 'bad-property', property: key, received });
    }
  }

  private load(): void {
    const token = (this.loadToken += 1);
    this.loadState = { status: 'pending' };
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    void Promise.all([loadDataset(this.src, timeout), this.loadView()]).then(([result]) => {
      if (token !== this.loadToken) return;
      this.loadState = result.ok ? { status: 'complete', dataset: result.dataset } : { status: 'error', problem: result.problem };
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
    if (problemView) warnOnce(this, problemView.problemWarning(this.localName, problem));
    else void loadProblemView().then((view) => warnOnce(this, view.problemWarning(this.localName, problem)));
  }

  /** Reads an enumerated attribute: a bad value warns once and falls back to the default. */
  protected pick<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
    if (value === null || value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warn({ kind: 'bad-attribute', attribute, value, allowed });
    return fallback;
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    this.pick('theme', this.theme, THEMES, 'light');
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
