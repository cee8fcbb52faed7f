import { descending, group as groupBy, nice, ticks } from 'd3-array';
import { HONOR_LEVELS, type HonorLevel } from '../../dataset/types.js';
import { formatQuantity } from '../../format/index.js';
import type { Locale } from '../../format/locale.js';
import { approximateMeasure, wrapText, type Measure } from '../base/wrap-text.js';
import { tickAnchor, type BarDatum, type BarMark, type ChartLayout, type GroupMark, type LegendMark, type OpenKind, type PanelMark } from './marks.js';
import { levelName } from '../base/level-words.js';
import { openEndMeaning, unitCaption } from './words.js';

export type { BarDatum, ChartLayout } from './marks.js';

export const GROUPS = ['none', 'level'] as const;
/** `level`: bars grouped by honour level (全国/省/市/县) with a legend; `none`: one list. */
export type Grouping = (typeof GROUPS)[number];
export const SORTS = ['source', 'value'] as const;
/** `source`: the order of the report (or of the `metrics` list); `value`: largest first. */
export type SortOrder = (typeof SORTS)[number];

export interface LayoutOptions {
  locale: Locale;
  group?: Grouping;
  sort?: SortOrder;
  /** The width of a text at `fontSize`; an estimate when absent (no DOM needed). */
  measure?: Measure;
  /** Label size in CSS pixels. Default 13; nothing is drawn under 12. */
  fontSize?: number;
}

/** Under this width the labels move above their bars. */
export const NARROW = 480;
const PAD = 4;
const BAR = 18;
const GAP = 10;
const OPEN = 12;
const HEADING = 22;
const AXIS = 22;
const PANEL_GAP = 20;
const SWATCH = 12;

type Band = HonorLevel | 'none';
const OPEN_KINDS: readonly OpenKind[] = ['over', 'nearly', 'range'];

/** A bar's open end: dashed past its value (over), before it (nearly), or from its lower to its upper figure (a range). */
function openEnd(quantity: BarDatum['quantity'], end: number, x0: number, scale: (value: number) => number): BarMark['open'] {
  const { approx, max } = quantity;
  if (approx === 'over') return { kind: approx, x: end, width: OPEN };
  if (approx === 'nearly') return { kind: approx, x: Math.max(x0, end - OPEN), width: Math.min(OPEN, end - x0) };
  if (approx === 'range' && max !== undefined && max > quantity.value) return { kind: approx, x: end, width: scale(max) - end };
  return undefined;
}

function ordered(data: readonly BarDatum[], grouped: boolean, sort: SortOrder): { band: Band; bars: BarDatum[] }[] {
  const sorted = sort === 'value' ? [...data].sort((a, b) => descending(a.quantity.value, b.quantity.value)) : [...data];
  if (!grouped) return [{ band: 'none', bars: sorted }];
  const bands = groupBy(sorted, (d) => d.level ?? 'none');
  return [...HONOR_LEVELS, 'none' as const].filter((b) => bands.has(b)).map((band) => ({ band, bars: bands.get(band)! }));
}

function layoutLegend(data: readonly BarDatum[], grouped: boolean, width: number, locale: Locale, measure: Measure, font: number): LegendMark[] {
  const entries: Omit<LegendMark, 'x' | 'y' | 'label'>[] = [];
  if (grouped) for (const level of HONOR_LEVELS) if (data.some((d) => d.level === level)) entries.push({ kind: 'level', key: level });
  // A legend entry only for what openEnd() draws: a range whose upper figure is above its lower one.
  for (const kind of OPEN_KINDS) if (data.some((d) => d.quantity.approx === kind && (kind !== 'range' || (d.quantity.max ?? -Infinity) > d.quantity.value))) entries.push({ kind, key: kind });
  let x = PAD;
  let y = PAD;
  return entries.map((entry) => {
    const text = entry.kind === 'level' ? levelName(entry.key as HonorLevel, locale) : openEndMeaning(entry.kind, locale);
    const itemWidth = SWATCH + 6 + measure(text) + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += font * 1.6;
    }
    const mark = { ...entry, x, y, label: { text, x: x + SWATCH + 6, y: y + font * 0.9 } };
    x += itemWidth;
    return mark;
  });
}

type ValueScale = { (value: number): number; ticks: number[] };

/** Ticks from zero to `top`, about `count` of them; whole counts get whole ticks (half an incident is no value a report can state). */
const ticksTo = (top: number, count: number, whole: boolean) => ticks(0, top, count).filter((t) => !whole || Number.isInteger(t));

const TICK_GAP = 8;

/**
 * The value axis: from zero to `max` widened to the next of about one tick per 90 px, so
 * that the longest bar fills most of it, onto `from`..`to`. Only d3-array's `nice` and
 * `ticks`: d3-scale's linear scale would bring d3-interpolate, d3-color and d3-format along
 * (8.7 KB gzip measured, 40% of the chart's 22 KB goal) for a map a line of code does.
 * Then as many of those ticks as their labels leave room for, anchored as they are drawn
 * ("4 million6 million" in English, whose labels are long, before this): fewer labels, never
 * a longer axis; ending on a labelled value where some fitting set of ticks does.
 */
function fittedScale(max: number, from: number, to: number, whole: boolean, narrow: boolean, labelWidth: (tick: number) => number): ValueScale {
  const most = Math.max(2, Math.floor((to - from) / 90));
  const [, top] = nice(0, max, most);
  const map = ((value: number) => from + ((to - from) * value) / top) as ValueScale;
  const fits = (candidate: number[]) => {
    const spans = candidate.map((t, i) => {
      const x = map(t);
      const width = labelWidth(t);
      const anchor = tickAnchor(i, candidate.length, x, to, narrow);
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      return [left, left + width] as const;
    });
    return spans.every((span, i) => i === 0 || span[0] >= spans[i - 1]![1] + TICK_GAP);
  };
  const fitting = Array.from({ length: most }, (_, i) => ticksTo(top, most - i, whole)).filter(fits);
  map.ticks = fitting.find((candidate) => candidate.at(-1) === top) ?? fitting[0] ?? [0, top];
  return map;
}

/**
 * Where every mark of a horizontal bar chart goes, for a width: no DOM, so it runs in a
 * test, a worker or a server. Bars that share a unit share an axis; each unit gets its own
 * panel. Labels wrap on CJK rules, beside the bars, or above them under `NARROW`.
 * Figures that are "over" or "nearly" end open: over, with a dashed end past the value;
 * nearly, with the last stretch before the value dashed; a range is solid to its lower
 * figure and dashed on to its upper one. The height follows from the data.
 */
export function layout(data: readonly BarDatum[], size: { width: number }, options: LayoutOptions): ChartLayout {
  const { locale, sort = 'source' } = options;
  const font = Math.max(12, options.fontSize ?? 13);
  const measure = options.measure ?? approximateMeasure(font);
  const width = Math.max(200, Math.floor(size.width));
  const narrow = width < NARROW;
  const grouped = options.group === 'level' && data.some((d) => d.level !== undefined);
  const lineHeight = Math.round(font * 1.35);
  const values = new Map(data.map((d) => [d, formatQuantity(d.quantity, { locale, ...(d.noun ? { noun: d.noun } : {}) })]));
  const valueWidth = Math.max(0, ...[...values.values()].map(measure)) + 6;
  const labelWidth = narrow ? width - 2 * PAD : Math.min(220, Math.max(80, Math.round(width * 0.32)));
  const x0 = narrow ? PAD : PAD + labelWidth + 8;
  const x1 = Math.max(x0 + 40, width - PAD - valueWidth - OPEN);

  const legend = layoutLegend(data, grouped, width, locale, measure, font);
  let y = legend.length > 0 ? Math.max(...legend.map((l) => l.y)) + font * 1.6 + 8 : PAD;
  const units = groupBy(data, (d) => d.quantity.unit);
  let index = 0;
  const panels: PanelMark[] = [];
  for (const [unit, unitData] of units) {
    const top = y;
    // The ticks are bare numbers: the caption names the unit, in every panel.
    const title = { text: unitCaption(unit, locale, unitData[0]?.quantity.text), x: PAD, y: y + font };
    y += lineHeight + 4;
    const max = Math.max(...unitData.map((d) => d.quantity.max ?? d.quantity.value), 0);
    const whole = unitData.every((d) => Number.isInteger(d.quantity.value) && Number.isInteger(d.quantity.max ?? 0));
    const tickText = (t: number) => formatQuantity({ value: t, unit: unit === 'percent' ? unit : 'none', approx: 'exact', text: '' }, { locale });
    const scale = fittedScale(max > 0 ? max : 1, x0, x1, whole, narrow, (t) => measure(tickText(t)));
    const groups: GroupMark[] = [];
    const bars: BarMark[] = [];
    for (const { band, bars: banded } of ordered(unitData, grouped, sort)) {
      if (grouped) {
        groups.push({ level: band, text: levelName(band, locale), x: PAD, y: y + font });
        y += HEADING;
      }
      for (const d of banded) {
        const lines = wrapText(d.label, labelWidth, measure);
        const textLines = lines.length + (d.period ? 1 : 0);
        const textHeight = textLines * lineHeight;
        const rowHeight = (narrow ? textHeight + 2 + BAR : Math.max(BAR, textHeight)) + GAP;
        const barY = narrow ? y + textHeight + 2 : y + (rowHeight - GAP - BAR) / 2;
        const textY = narrow ? y : y + (rowHeight - GAP - textHeight) / 2;
        const end = scale(d.quantity.value);
        const open = openEnd(d.quantity, end, x0, scale);
        const solidEnd = open?.kind === 'nearly' ? open.x : end;
        // The value label sits after the whole bar, its open end or range included.
        const outer = open && open.kind !== 'nearly' ? open.x + open.width : end;
        const labelX = narrow ? PAD : x0 - 8;
        bars.push({
          datum: d,
          index: index++,
          x: x0,
          y: barY,
          width: Math.max(0, solidEnd - x0),
          height: BAR,
          color: grouped ? (d.level ?? 'bar') : 'bar',
          ...(open ? { open } : {}),
          label: lines.map((text, i) => ({ text, x: labelX, y: textY + (i + 0.8) * lineHeight })),
          ...(d.period ? { period: { text: d.period, x: labelX, y: textY + (lines.length + 0.8) * lineHeight } } : {}),
          value: { text: values.get(d)!, x: outer + 4, y: barY + BAR / 2 + font * 0.35 },
          row: { x: 0, y: y - GAP / 2 + 1, width, height: rowHeight - 2 },
        });
        y += rowHeight;
      }
    }
    const tickMarks = scale.ticks.map((t) => ({
      text: tickText(t),
      x: scale(t),
      y: y + font,
    }));
    panels.push({ unit, title, y: top, height: y + AXIS - top, groups, bars, axis: { from: x0, to: x1, y, top: top + lineHeight + 4, ticks: tickMarks } });
    y += AXIS + PANEL_GAP;
  }
  return { width, height: Math.ceil(y - PANEL_GAP + PAD), fontSize: font, narrow, grouped, legend, panels };
}
