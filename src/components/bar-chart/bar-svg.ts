import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { BarMark, ChartLayout, LegendMark, PanelMark, TextMark } from './marks.js';

/** What the drawing needs besides its marks. */
export interface DrawContext {
  title: string;
  description: string;
  /** The id of the element that explains the keys. */
  keysId: string;
  /** The accessible name of a bar: label, value with qualifier, period. */
  name: (bar: BarMark) => string;
  tabIndex: (index: number) => number;
  activate: (index: number) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
}

const r = (n: number) => Math.round(n * 10) / 10;

function text(mark: TextMark, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTemplateResult {
  return svg`<text class=${cls} x=${r(mark.x)} y=${r(mark.y)} text-anchor=${anchor}>${mark.text}</text>`;
}

function openEnd(open: NonNullable<BarMark['open']>, y: number, height: number, color: string): SVGTemplateResult {
  return svg`<rect class="open-end ${color}" x=${r(open.x)} y=${r(y + 0.75)} width=${r(Math.max(0, open.width - 0.75))} height=${r(height - 1.5)}></rect>`;
}

function bar(mark: BarMark, chart: ChartLayout, ctx: DrawContext): SVGTemplateResult {
  const anchor = chart.narrow ? 'start' : 'end';
  const color = `fill-${mark.color}`;
  const { row } = mark;
  // The focusable mark holds no text: its name says label, value and period in words, and
  // the drawn texts beside it are hidden from assistive technology, so nothing is read twice.
  return svg`<g class="bar-row" data-fact=${mark.datum.id}>
    <g class="mark" role="button" aria-haspopup="dialog" aria-label=${ctx.name(mark)} tabindex=${ctx.tabIndex(mark.index)}>
      <rect class="focus-ring" x=${r(row.x + 1.5)} y=${r(row.y)} width=${r(row.width - 3)} height=${r(row.height)} rx="3"></rect>
      <rect class="bar ${color}" x=${r(mark.x)} y=${r(mark.y)} width=${r(mark.width)} height=${r(mark.height)}></rect>
      ${mark.open ? openEnd(mark.open, mark.y, mark.height, color) : ''}
    </g>
    <g aria-hidden="true">
      ${mark.label.map((line) => text(line, 'label', anchor))}
      ${mark.period ? text(mark.period, 'period', anchor) : ''}
      ${text(mark.value, 'value')}
    </g>
  </g>`;
}

function panel(p: PanelMark, chart: ChartLayout, ctx: DrawContext): SVGTemplateResult {
  const last = p.axis.ticks.length - 1;
  return svg`<g class="panel" data-unit=${p.unit}>
    ${text(p.title, 'panel-title')}
    ${p.axis.ticks.map((t) => svg`<line class="grid" x1=${r(t.x)} x2=${r(t.x)} y1=${r(p.axis.top)} y2=${r(p.axis.y)}></line>`)}
    <line class="axis" x1=${r(p.axis.from)} x2=${r(p.axis.to)} y1=${r(p.axis.y)} y2=${r(p.axis.y)}></line>
    ${p.axis.ticks.map((t, i) => text(t, 'tick', i === 0 && chart.narrow ? 'start' : i === last && t.x > p.axis.to - 12 ? 'end' : 'middle'))}
    ${p.groups.map((g) => text(g, 'group'))}
    ${p.bars.map((b) => bar(b, chart, ctx))}
  </g>`;
}

function legendEntry(entry: LegendMark): SVGTemplateResult {
  const swatch =
    entry.kind === 'level'
      ? svg`<rect class="bar fill-${entry.key}" x=${r(entry.x)} y=${r(entry.y + 2)} width="12" height="12"></rect>`
      : svg`<rect class="bar fill-bar" x=${r(entry.x)} y=${r(entry.y + 2)} width=${entry.kind === 'over' ? 6 : 3} height="12"></rect>
          ${openEnd({ kind: entry.kind, x: entry.x + (entry.kind === 'over' ? 6 : 3), width: entry.kind === 'over' ? 6 : 9 }, entry.y + 2, 12, 'fill-bar')}`;
  return svg`<g class="legend-entry">${swatch}${text(entry.label, 'legend-label')}</g>`;
}

/**
 * The chart as SVG: a title and a description, the legend, then a panel per unit. Each bar
 * is a focusable group (one tab stop across all of them) named by label, value and period.
 */
export function drawChart(chart: ChartLayout, ctx: DrawContext): TemplateResult {
  // One click listener for the chart, not one per bar: a page of charts has thousands of bars.
  const indexOf = new Map(chart.panels.flatMap((p) => p.bars).map((b) => [b.datum.id, b.index]));
  const onClick = (event: Event) => {
    const index = indexOf.get((event.target as Element).closest?.('.bar-row')?.getAttribute('data-fact') ?? '');
    if (index !== undefined) ctx.activate(index);
  };
  return html`<svg part="chart" class="chart" viewBox="0 0 ${chart.width} ${chart.height}" width=${chart.width} height=${chart.height}
      role="group" aria-roledescription="chart" tabindex="-1" aria-label=${ctx.title} aria-describedby=${ctx.keysId}
      font-size=${chart.fontSize} @keydown=${ctx.onKeyDown} @focusin=${ctx.onFocusIn} @click=${onClick}>
    <title>${ctx.title}</title>
    <desc>${ctx.description}</desc>
    ${chart.legend.length > 0 ? svg`<g class="legend" part="legend">${chart.legend.map(legendEntry)}</g>` : ''}
    ${chart.panels.map((p) => panel(p, chart, ctx))}
  </svg>`;
}
