import type { Locale } from '../../format/locale.js';
import type { ExportSource } from './chart-export.js';
import { chartMessages } from './chart-messages.js';
import type { MarkRecord } from './mark-record.js';

/**
 * A file's name without extension: the tag and the attributes that choose what it shows,
 * e.g. "union-bar-chart-jinhua-five-year-honours". Anything but Latin letters, digits and
 * hyphens becomes a hyphen, so the name is safe on every file system.
 */
export function fileStem(tag: string, ...choices: readonly (string | null | undefined)[]): string {
  return [tag, ...choices].filter(Boolean).join('-').replace(/[^a-z0-9-]+/gi, '-');
}

/** What a widget says about the picture it exports; the rest is the same for every widget. */
export interface ExportWords {
  host: HTMLElement;
  /** The drawing and the element that frames it; none for a roll. */
  svg?: SVGSVGElement;
  frame?: Element;
  title: string;
  /** The picture in words, for the SVG's description and the embed code's fallback. */
  description: string;
  /** Where the figures come from, as the widget shows it under the drawing. */
  sourceLine: string;
  /** A caveat the reader must see with the figures (口径不同): drawn in the picture and kept in the fallback. */
  note?: string;
  records: readonly MarkRecord[];
  csv?: () => string;
  fileStem: string;
  locale: Locale;
}

/**
 * What the menu's exports read, assembled one way for every chart, map and roll: the
 * widget's title, description, source line and caveat, and the library's credit, in every
 * file; the embed code's fallback is the title and the description, then the caveat.
 */
export function exportSourceFrom(words: ExportWords): ExportSource {
  const { host, svg, frame, title, description, sourceLine, note, records, csv, fileStem: stem, locale } = words;
  return {
    host,
    ...(svg && frame ? { svg, frame } : {}),
    meta: { title, description, sourceLine, credit: chartMessages(locale).credit, ...(note ? { note } : {}) },
    records,
    ...(csv ? { csv } : {}),
    fileStem: stem,
    fallback: `${title}${locale === 'en' ? ': ' : '：'}${description}${note ? ` ${note}` : ''}`,
    locale,
  };
}
