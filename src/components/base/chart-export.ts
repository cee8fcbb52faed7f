import type { Locale } from '../../format/locale.js';
import { marksToCsv } from './marks-csv.js';
import { embedCode } from './embed-code.js';
import type { MarkRecord } from './mark-record.js';
import { svgToPng } from './png-export.js';
import { standaloneSvg, type ExportMeta } from './svg-export.js';

export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'embed'] as const;
/** What the menu writes. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export reads of the chart. */
export interface ExportSource {
  host: HTMLElement;
  /** The drawing, and the element that frames it (its surface colour and font); none for a roll. */
  svg?: SVGSVGElement;
  frame?: Element;
  meta: ExportMeta;
  records: readonly MarkRecord[];
  /** The CSV, when the widget writes its own columns (a roll's entries are not marks). */
  csv?: () => string;
  /** The file name without extension, after the chart. */
  fileStem: string;
  /** The fallback text of the embed code. */
  fallback: string;
  locale: Locale;
}

/** Detail of the `union-export` event. */
export interface UnionExportDetail {
  format: ExportFormat;
  filename: string;
  blob: Blob;
}

/** The file the menu writes for a format. */
export async function exportFile(format: ExportFormat, source: ExportSource): Promise<UnionExportDetail> {
  const filename = `${source.fileStem}.${format === 'embed' ? 'html' : format}`;
  if (format === 'csv') return { format, filename, blob: new Blob([source.csv?.() ?? marksToCsv(source.records, source.locale)], { type: 'text/csv;charset=utf-8' }) };
  if (format === 'embed') return { format, filename, blob: new Blob([embedCode(source.host, source.fallback)], { type: 'text/html;charset=utf-8' }) };
  if (!source.svg || !source.frame) throw new Error(`${format} needs a drawing`);
  const { markup, width, height } = standaloneSvg(source.svg, source.frame, source.meta);
  if (format === 'svg') return { format, filename, blob: new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }) };
  return { format, filename, blob: await svgToPng(markup, width, height, 2) };
}

/** Saves a file through a download link. */
export function download(detail: UnionExportDetail): void {
  const url = URL.createObjectURL(detail.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = detail.filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Writes a file, or copies the embed code. A `union-export` event (bubbling, composed,
 * cancelable) comes first: a page that cancels it takes the file and does its own thing.
 * Returns false when the clipboard refused the embed code.
 */
export async function runExport(format: ExportFormat, source: ExportSource): Promise<boolean> {
  const detail = await exportFile(format, source);
  const event = new CustomEvent<UnionExportDetail>('union-export', { detail, bubbles: true, composed: true, cancelable: true });
  if (!source.host.dispatchEvent(event)) return true;
  if (format !== 'embed') {
    download(detail);
    return true;
  }
  try {
    await navigator.clipboard.writeText(await detail.blob.text());
    return true;
  } catch {
    return false;
  }
}
