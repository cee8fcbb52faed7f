import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Fact, Report } from '../../dataset/types.js';
import { formatPeriod } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import { messages } from './messages.js';
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

  /** The button and its popover, for a fact of a report. */
  render(fact: Fact, report: Report, locale: Locale, label: string): TemplateResult {
    adoptStylesOnce(this.host, sourcePopoverStyles);
    const m = messages(locale);
    const { quote, figureStart, figureEnd } = fact.source;
    return html`<button
        type="button"
        part="source-button"
        class="source-button"
        popovertarget=${this.id}
        aria-haspopup="dialog"
        aria-expanded="false"
        aria-label=${m.sourceOf(label)}
      >
        ${m.source}
      </button>
      <div id=${this.id} popover part="source-popover" class="source-popover" role="dialog" tabindex="-1" aria-label=${m.sourceOf(label)} @toggle=${this.onToggle}>
        <blockquote part="source-quote" lang="zh-CN">
          ${quote.slice(0, figureStart)}<mark part="source-figure">${quote.slice(figureStart, figureEnd)}</mark>${quote.slice(figureEnd)}
        </blockquote>
        <p class="source-meta">
          <cite lang="zh-CN">${report.title}</cite>${locale === 'en' ? html` <span>(${report.titleEn})</span>` : nothing}
        </p>
        <p class="source-meta">
          ${locale === 'en' ? report.issuer.en : html`<span lang="zh-CN">${report.issuer.zh}</span>`} ·
          ${formatPeriod(fact.period ?? report.period, locale)}
        </p>
        <button type="button" part="source-close" class="source-close" @click=${this.close}>${m.close}</button>
      </div>`;
  }
}

const popovers = new WeakMap<HTMLElement, SourcePopover>();

/** The element's source popover, made the first time the element shows a source. */
export function sourcePopoverFor(host: ReactiveControllerHost & HTMLElement): SourcePopover {
  let popover = popovers.get(host);
  if (!popover) popovers.set(host, (popover = new SourcePopover(host)));
  return popover;
}
