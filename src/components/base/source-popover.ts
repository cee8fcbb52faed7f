import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import { placePopover } from './place-popover.js';
import { messages } from './messages.js';
import { popoverMessages } from './source-popover-messages.js';
import type { SourceView } from './source-view.js';
import { sourcePopoverStyles } from './source-popover.styles.js';
import type { UnionElement } from './union-element.js';

type SourceContent = typeof import('./source-content.js');
let content: SourceContent | undefined;
let contentLoading: Promise<unknown> | undefined;

/** The popover's content code, loaded the first time any popover opens; a failed load is retried on the next open. */
function loadContent(): Promise<unknown> {
  contentLoading ??= import('./source-content.js').then(
    (loaded) => (content = loaded),
    () => (contentLoading = undefined),
  );
  return contentLoading;
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
  /**
   * The popover's content is drawn the first time it opens, and its code loads then: a page
   * of cards draws half the nodes and fetches none of it.
   */
  private drawn = false;
  /**
   * What the open popover stands beside, found afresh at each placing: the mark that opened
   * it (a chart's bar, which a re-layout replaces), else its button.
   */
  private anchor?: () => Element | null | undefined;
  private readonly reposition = () => this.place();

  constructor(private readonly host: UnionElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTracking();
  }

  /**
   * A popover removed while open (its widget re-rendered into the error state) closes
   * without a toggle event: stop tracking the window here, or its listeners stay. While
   * open, new content changes its size: keep it next to its button.
   */
  hostUpdated(): void {
    if (this.open && !this.parts.popover?.isConnected) {
      this.open = false;
      this.anchor = undefined;
      this.stopTracking();
    }
    if (this.open) this.place();
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
    const anchor = this.anchor?.() ?? button;
    if (!anchor || !popover) return;
    const box = popover.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const { left, top } = placePopover(anchor.getBoundingClientRect(), box, viewport);
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
    this.anchor = undefined;
    const active = this.host.shadowRoot?.activeElement;
    if (!active || active === popover || popover?.contains(active) || document.activeElement === document.body) button?.focus();
  };

  private readonly close = () => this.parts.popover?.hidePopover();

  /**
   * Opens the popover beside what `anchor` finds rather than its button: a chart's bar opens
   * its own source next to itself, not next to the button under the chart, a screen away.
   */
  openBeside(anchor: () => Element | null | undefined): void {
    const { popover } = this.parts;
    if (!popover) return;
    this.anchor = anchor;
    if (popover.matches(':popover-open')) this.place();
    else popover.showPopover();
  }

  // Fires before the popover shows. Once the content's code is loaded, the content is drawn
  // in the microtask after, before the frame is painted; the first time, the host's next
  // update waits for the code, so its updateComplete means the content is drawn.
  private readonly onBeforeToggle = (event: Event) => {
    if ((event as ToggleEvent).newState !== 'open' || (this.drawn && content)) return;
    this.drawn = true;
    this.host.updateAfter(loadContent());
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
        ${!this.drawn ? '' : content ? content.renderSourceContent(this.host, view, locale, this.close) : html`<p aria-busy="true">${messages(locale).loading}</p>`}
      </div>`;
  }
}

const popovers = new WeakMap<HTMLElement, Map<string, SourcePopover>>();

/**
 * The element's source popover for `key` (one per source the element shows: a grid of list
 * counts has one per list), made the first time the element shows that source.
 */
export function sourcePopoverFor(host: UnionElement, key = ''): SourcePopover {
  let byKey = popovers.get(host);
  if (!byKey) popovers.set(host, (byKey = new Map()));
  let popover = byKey.get(key);
  if (!popover) byKey.set(key, (popover = new SourcePopover(host)));
  return popover;
}
