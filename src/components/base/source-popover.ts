import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import { popoverMessages } from './source-popover-messages.js';
import type { SourceView } from './source-view.js';
import { sourcePopoverStyles } from './source-popover.styles.js';

const MARGIN = 8;

/** Where to put a popover of `size` next to `anchor` so that it stays inside the viewport. */
export function placePopover(
  anchor: DOMRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const maxLeft = viewport.width - size.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  const below = anchor.bottom + 4;
  const above = anchor.top - 4 - size.height;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const top = fitsBelow || above < MARGIN ? below : above;
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN)) };
}

/**
 * The "来源 / Source" control of a widget: a button that opens a popover (in the top layer,
 * so no host overflow clips it) with the quote, the figure marked, and the report's title,
 * issuer and period. Esc or the close button closes it and focus returns to the button.
 */
export class SourcePopover implements ReactiveController {
  private static count = 0;
  readonly id = `union-source-${(SourcePopover.count += 1)}`;
  private open = false;
  /** The popover's content is drawn the first time it opens: a page of cards draws half the nodes. */
  private drawn = false;
  private readonly reposition = () => this.place();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTracking();
  }

  /**
   * A popover removed while open (its widget re-rendered into the error state) closes
   * without a toggle event: stop tracking the window here, or its listeners stay.
   */
  hostUpdated(): void {
    if (this.open && !this.parts.popover?.isConnected) {
      this.open = false;
      this.stopTracking();
    }
  }

  private get parts(): { button: HTMLElement | null; popover: HTMLElement | null } {
    const root = this.host.shadowRoot;
    return {
      button: root?.querySelector<HTMLElement>(`[popovertarget="${this.id}"]`) ?? null,
      popover: root?.getElementById(this.id) ?? null,
    };
  }

  private place(): void {
    const { button, popover } = this.parts;
    if (!button || !popover) return;
    const box = popover.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const { left, top } = placePopover(button.getBoundingClientRect(), box, viewport);
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  }

  private stopTracking(): void {
    window.removeEventListener('scroll', this.reposition, true);
    window.removeEventListener('resize', this.reposition);
  }

  private readonly onToggle = (event: Event) => {
    const { button, popover } = this.parts;
    this.open = (event as ToggleEvent).newState === 'open';
    button?.setAttribute('aria-expanded', String(this.open));
    if (this.open) {
      this.place();
      window.addEventListener('scroll', this.reposition, { passive: true, capture: true });
      window.addEventListener('resize', this.reposition, { passive: true });
      popover?.focus();
      return;
    }
    this.stopTracking();
    const active = this.host.shadowRoot?.activeElement;
    if (!active || active === popover || popover?.contains(active) || document.activeElement === document.body) button?.focus();
  };

  private readonly close = () => this.parts.popover?.hidePopover();

  // Fires before the popover shows; the content is drawn in the microtask after, before the
  // frame is painted and before the toggle event places it.
  private readonly onBeforeToggle = (event: Event) => {
    if (this.drawn || (event as ToggleEvent).newState !== 'open') return;
    this.drawn = true;
    this.host.requestUpdate();
  };

  /** The button and its popover, for a source: a fact's quote, or a printed list's heading. */
  render(view: SourceView, locale: Locale): TemplateResult {
    adoptStylesOnce(this.host, sourcePopoverStyles);
    const m = popoverMessages(locale);
    const { label } = view;
    return html`<button
        type="button"
        part="source-button"
        class="source-button"
        popovertarget=${this.id}
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-label=${m.sourceOf(label)}
        aria-describedby=${`${this.id}-opens`}
      >
        ${m.source}
      </button
      ><span id=${`${this.id}-opens`} class="visually-hidden">${m.opens}</span
      ><div id=${this.id} popover part="source-popover" class="source-popover" role="dialog" tabindex="-1" aria-label=${m.sourceOf(label)} @beforetoggle=${this.onBeforeToggle} @toggle=${this.onToggle}>
        ${this.drawn ? this.renderContent(view, locale) : nothing}
      </div>`;
  }

  private renderContent(view: SourceView, locale: Locale): TemplateResult {
    const m = popoverMessages(locale);
    const { quote, markStart, markEnd, report } = view;
    return html`<blockquote part="source-quote" lang="zh-CN">
          ${quote.slice(0, markStart)}<mark part="source-figure">${quote.slice(markStart, markEnd)}</mark>${quote.slice(markEnd)}
        </blockquote>
        ${view.notes.map((note) => html`<p part="source-note" class="source-meta">${note}</p>`)}
        <p class="source-meta">
          <cite lang="zh-CN">${report.title}</cite>${locale === 'en' ? html` (<bdi>${report.titleEn}</bdi>)` : nothing}
        </p>
        <p class="source-meta">
          ${locale === 'en' ? html`<bdi>${report.issuer.en}</bdi>` : html`<bdi lang="zh-CN">${report.issuer.zh}</bdi>`} ·
          <bdi>${view.time}</bdi>
        </p>
        <p class="source-actions">
          <button type="button" part="source-close" class="source-close" @click=${this.close}>${m.close}</button>
          <span class="source-hint">${m.closeHint}</span>
        </p>`;
  }
}

const popovers = new WeakMap<HTMLElement, Map<string, SourcePopover>>();

/**
 * The element's source popover for `key` (one per source the element shows: a grid of list
 * counts has one per list), made the first time the element shows that source.
 */
export function sourcePopoverFor(host: ReactiveControllerHost & HTMLElement, key = ''): SourcePopover {
  let byKey = popovers.get(host);
  if (!byKey) popovers.set(host, (byKey = new Map()));
  let popover = byKey.get(key);
  if (!popover) byKey.set(key, (popover = new SourcePopover(host)));
  return popover;
}
