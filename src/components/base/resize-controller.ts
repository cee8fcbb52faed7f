import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of an element's own box, kept up to date by a ResizeObserver: a chart follows
 * its container, never the window. The host updates only when the width changes by a whole
 * pixel; the height is left out on purpose, since a chart's height follows from its width
 * and watching it would feed the chart's own growth back into it.
 *
 * @example
 * class Chart extends LitElement {
 *   private size = new ResizeController(this);
 *   render() { return html`${this.size.width}px`; }
 * }
 */
export class ResizeController implements ReactiveController {
  /** The observed element's content width in CSS pixels, rounded; 0 until first observed. */
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private observingTarget = false;
  private targetMeasured = false;
  private frame?: number;

  /**
   * @param target The element to measure, once rendered (for instance the box the drawing
   * fills, inside the widget's padding); the host itself until then, or when absent.
   * @param onResize Called in the observer's callback, where layout is fresh: the cheap
   * moment to read computed styles (reading them while rendering forces a style recalculation
   * per widget).
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly target?: () => Element | null | undefined,
    private readonly onResize?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // SSR and very old browsers have no ResizeObserver: the chart keeps its default width.
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => this.measure(entries));
    this.observeTarget();
  }

  /**
   * Whether `width` is the target's, not the host's it stands in for until the target is
   * rendered: a chart drawn before then would be drawn twice.
   */
  get ready(): boolean {
    return this.width > 0 && (!this.target || this.targetMeasured);
  }

  hostUpdated(): void {
    this.observeTarget();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private observeTarget(): void {
    const target = this.target?.();
    const element = target ?? this.host;
    if (!this.observer || element === this.observed) return;
    this.observingTarget = !!target;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = element;
    this.observer.observe(element);
  }

  private measure(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const width = Math.round(entry.contentRect.width);
    // The first measure of the target counts even when the host's width was the same.
    const firstOfTarget = this.observingTarget && !this.targetMeasured;
    // A hidden target (the drawing while the table shows) measures 0: keep the last width.
    if ((width === this.width && !firstOfTarget) || width === 0) return;
    if (this.observingTarget) this.targetMeasured = true;
    this.width = width;
    this.onResize?.();
    // Update in the next frame, not inside the observer's callback: a chart that redraws
    // there can change the page's height, hence a scrollbar, hence its own width, and the
    // browser reports "ResizeObserver loop completed with undelivered notifications".
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.host.requestUpdate();
    });
  }
}
