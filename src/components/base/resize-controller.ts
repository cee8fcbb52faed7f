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

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly target: () => Element = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // SSR and very old browsers have no ResizeObserver: the chart keeps its default width.
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => this.measure(entries));
    this.observer.observe(this.target());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private measure(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const width = Math.round(entry.contentRect.width);
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }
}
