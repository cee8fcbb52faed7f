import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import type { ExportFormat, ExportSource } from './chart-export.js';
import { chartMenuStyles } from './chart-menu.styles.js';
import { chartMessages } from './chart-messages.js';
import { RovingFocusController } from './roving-focus.js';
import { placePopover } from './place-popover.js';

type ChartExport = typeof import('./chart-export.js');
let exporter: Promise<ChartExport> | undefined;

/**
 * The menu of a chart, map or roll: download PNG, SVG and CSV, copy the embed code. A
 * button opens it (in the top layer); arrow keys, Home and End move between its items,
 * Enter runs one, Esc closes it and focus returns to the button. The export code loads
 * the first time the menu opens, so a page that never opens it never pays for it.
 */
export class ChartMenu implements ReactiveController {
  private static count = 0;
  readonly id = `union-menu-${(ChartMenu.count += 1)}`;
  /** What the last embed copy said, for the live region. */
  private status = '';
  private embedFallback = '';
  private readonly items: RovingFocusController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** What to export; a promise when the widget must load more first (the map's every fact). */
    private readonly source: () => ExportSource | undefined | Promise<ExportSource | undefined>,
    /** The items it offers: a roll, which draws nothing, leaves out PNG and SVG. */
    private readonly formats: readonly ExportFormat[] = ['png', 'svg', 'csv', 'embed'],
  ) {
    host.addController(this);
    this.items = new RovingFocusController(host, {
      marks: () => [...(this.popover?.querySelectorAll('[role="menuitem"]') ?? [])],
      activate: (_, item) => (item as HTMLElement).click(),
      dismiss: () => this.popover?.hidePopover(),
    });
  }

  hostConnected(): void {}

  private get button(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[popovertarget="${this.id}"]`) ?? null;
  }

  private get popover(): HTMLElement | null {
    return this.host.shadowRoot?.getElementById(this.id) ?? null;
  }

  private readonly onToggle = (event: Event) => {
    const open = (event as ToggleEvent).newState === 'open';
    this.button?.setAttribute('aria-expanded', String(open));
    if (!open) {
      if (this.popover?.contains(this.host.shadowRoot?.activeElement ?? null) || document.activeElement === document.body) this.button?.focus();
      return;
    }
    exporter ??= import('./chart-export.js');
    const { button, popover } = this;
    if (button && popover) {
      const { left, top } = placePopover(button.getBoundingClientRect(), popover.getBoundingClientRect(), {
        width: document.documentElement.clientWidth,
        height: window.innerHeight,
      });
      popover.style.left = `${left}px`;
      popover.style.top = `${top}px`;
    }
    this.items.focus(0);
  };

  private readonly onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    this.popover?.showPopover();
  };

  /** Runs one item: writes the file (or copies the embed code) and closes the menu. */
  async run(format: ExportFormat, locale: Locale): Promise<void> {
    const pending = this.source();
    this.popover?.hidePopover();
    const source = await pending;
    if (!source) return;
    const m = chartMessages(locale);
    exporter ??= import('./chart-export.js');
    const loaded = await exporter;
    let ok: boolean;
    try {
      ok = await loaded.runExport(format, source);
    } catch {
      // A browser or page that refuses the canvas (a privacy setting, a policy) gets no PNG: say so, in place.
      this.status = m.exportFailed;
      this.embedFallback = '';
      this.host.requestUpdate();
      return;
    }
    this.status = format !== 'embed' ? '' : ok ? m.copied : m.copyFailed;
    this.embedFallback = format === 'embed' && !ok ? await (await loaded.exportFile('embed', source)).blob.text() : '';
    this.host.requestUpdate();
  }

  render(title: string, locale: Locale): TemplateResult {
    adoptStylesOnce(this.host, chartMenuStyles);
    const m = chartMessages(locale);
    const labels: Record<ExportFormat, string> = { png: m.downloadPng, svg: m.downloadSvg, csv: m.downloadCsv, embed: m.copyEmbed };
    const items = this.formats.map(
      (format, i) => html`<button type="button" role="menuitem" data-format=${format} tabindex=${this.items.tabIndex(i)} @click=${() => void this.run(format, locale)}>${labels[format]}</button>`,
    );
    return html`<button
        type="button"
        part="menu-button"
        class="chart-button"
        popovertarget=${this.id}
        aria-haspopup="menu"
        aria-expanded="false"
        aria-label=${m.menuOf(title)}
        @keydown=${this.onButtonKey}
      >
        ${m.menu}
      </button>
      <div id=${this.id} popover part="menu" class="chart-menu" role="menu" aria-label=${m.menuOf(title)} @toggle=${this.onToggle} @keydown=${this.items.onKeyDown} @focusin=${this.items.onFocusIn}>
        ${items}
      </div>
      <p class="menu-status" role="status">${this.status}</p>
      ${this.embedFallback ? html`<textarea part="embed-code" class="embed-code" readonly aria-label=${m.copyEmbed}>${this.embedFallback}</textarea>` : nothing}`;
  }
}
