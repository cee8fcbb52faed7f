import type { CountNoun, HonorLevel, Quantity, Unit } from '../../dataset/types.js';

/** One bar to draw: what the layout needs to know of a fact. */
export interface BarDatum {
  /** The fact's id. */
  id: string;
  label: string;
  quantity: Quantity;
  /** The period as a reader writes it, only when it differs from the report's (2019—2020年). */
  period?: string;
  /** The honour level, when the metric has one. */
  level?: HonorLevel;
  /** What the figure counts, when its metric names it ("8 libraries", not "8 organisations"). */
  noun?: CountNoun;
}

/** A line of text at a point; `y` is the baseline. */
export interface TextMark {
  text: string;
  x: number;
  y: number;
}

/** How a bar ends open: past its value (over), before it (nearly), or across a range. */
export type OpenKind = 'over' | 'nearly' | 'range';

/** What a bar's colour means: the plain mark colour, or its honour level's. */
export type BarColor = 'bar' | HonorLevel;

/** A bar, its label, its value and the box its focus ring draws around. */
export interface BarMark {
  datum: BarDatum;
  /** Position in reading order across every panel: the keyboard's order. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  color: BarColor;
  /**
   * For "over" and "nearly" figures: the open end, drawn dashed, and what it means; for a
   * range (10%—18%), the stretch from its lower to its upper figure, drawn the same way.
   */
  open?: { kind: OpenKind; x: number; width: number };
  label: TextMark[];
  period?: TextMark;
  value: TextMark;
  /** The whole row: label, bar and value. */
  row: { x: number; y: number; width: number; height: number };
}

/** A level's heading inside a panel, when bars are grouped. */
export interface GroupMark extends TextMark {
  level: HonorLevel | 'none';
}

/** A value axis: gridlines and tick labels at the bottom of a panel. */
export interface AxisMark {
  /** The axis line runs from the zero to the end of the scale's (nice) domain. */
  from: number;
  to: number;
  y: number;
  top: number;
  ticks: TextMark[];
}

/** Where a tick's label is anchored, as bar-svg.ts draws it: flush left first when narrow, flush right last near the axis end, else centred. */
export function tickAnchor(index: number, count: number, x: number, axisEnd: number, narrow: boolean): 'start' | 'middle' | 'end' {
  if (index === 0 && narrow) return 'start';
  return index === count - 1 && x > axisEnd - 12 ? 'end' : 'middle';
}

/** One unit's bars: two units never share an axis. */
export interface PanelMark {
  unit: Unit;
  /** The unit's caption ("单位：人"); the ticks are bare numbers. */
  title: TextMark;
  y: number;
  height: number;
  groups: GroupMark[];
  bars: BarMark[];
  axis: AxisMark;
}

/** An entry of the legend: a level's colour, or what an open end means. */
export interface LegendMark {
  kind: 'level' | OpenKind;
  key: BarColor | OpenKind;
  x: number;
  y: number;
  label: TextMark;
}

/** The whole drawing, in CSS pixels. */
export interface ChartLayout {
  width: number;
  height: number;
  /** The size of every text, in CSS pixels: never under 12. */
  fontSize: number;
  /** Labels above the bars (narrow containers) rather than beside them. */
  narrow: boolean;
  grouped: boolean;
  legend: LegendMark[];
  panels: PanelMark[];
}
