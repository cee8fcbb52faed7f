import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { embeddedDataset } from '../../src/dataset/index.js';
import type { Dataset } from '../../src/dataset/types.js';
import type { ExportFormat, UnionExportDetail } from '../../src/components/base/chart-export.js';
import '../../src/define/union-kpi.js';
import '../../src/define/union-kpi-grid.js';
import '../../src/define/union-figure.js';

/** True once a widget shows its data or its error state, not the skeleton. */
export function settled(el: Element): boolean {
  const root = el.shadowRoot;
  return !!root && root.children.length > 0 && !root.querySelector('[aria-busy="true"]');
}

/** Renders a widget and waits until its data (or its error) is shown. */
export async function setup<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => settled(el), 'the widget never left its loading state', { timeout: 8000 });
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** A copy of the embedded dataset, to change and serve as a user dataset. */
export function datasetCopy(): Dataset {
  return structuredClone(embeddedDataset().data) as Dataset;
}

/** Serves a JSON value (or raw text) at a blob: URL that `src` can point at. */
export function serve(json: unknown): string {
  const body = typeof json === 'string' ? json : JSON.stringify(json);
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

/** Records console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
    // Warnings are logged once the error state's module is loaded; let that happen first.
    await import('../../src/components/base/problem-view.js');
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The visible text of a widget's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Opens a widget's source popover and waits for its content, which is drawn the first time
 * it opens (a page of cards would otherwise draw every quote).
 */
export async function openSource(widget: Element, popover?: HTMLElement): Promise<HTMLElement> {
  const target = popover ?? widget.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
  target.showPopover();
  await (widget as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return target;
}

/** The next file a widget's menu writes, taken (and its download cancelled) before it is saved. */
export function nextExport(el: Element): Promise<UnionExportDetail> {
  return new Promise((resolve) =>
    el.addEventListener('union-export', (e) => (e.preventDefault(), resolve((e as CustomEvent<UnionExportDetail>).detail)), { once: true }),
  );
}

/** Picks a format in a chart's, map's or roll's menu and returns the file it writes (the download itself cancelled). */
export async function exportThroughMenu(el: Element, format: ExportFormat): Promise<UnionExportDetail> {
  const written = nextExport(el);
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('[part="menu-button"]')!.click();
  await waitUntil(() => root.querySelector('[part="menu"]')!.matches(':popover-open'));
  root.querySelector<HTMLElement>(`[role="menuitem"][data-format="${format}"]`)!.click();
  return written;
}
