import { html, type TemplateResult } from 'lit';
import { tickAnchor, type BarMark, type ChartLayout, type LegendMark, type PanelMark, type TextMark } from './marks.js';

/** What the drawing needs besides its marks. */
export interface DrawContext {
  /** Whose drawing this is: a chart keeps its marks' elements between renders. */
  owner: object;
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

const NS = 'http://www.w3.org/2000/svg';
const r = (n: number) => Math.round(n * 10) / 10;

type Attributes = Record<string, string | number>;

/**
 * One SVG element. The marks are built with the DOM, not with a Lit template per bar: a page
 * of charts has thousands of bars, and a template per bar cost a clone and a dozen bindings
 * each. Text goes in as text (textContent), never as markup.
 */
function el(parent: Node, name: string, attributes: Attributes, text?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

function text(parent: Node, mark: TextMark, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): void {
  el(parent, 'text', { class: cls, x: r(mark.x), y: r(mark.y), 'text-anchor': anchor }, mark.text);
}

function openEnd(parent: Node, open: NonNullable<BarMark['open']>, y: number, height: number, color: string): void {
  el(parent, 'rect', { class: `open-end ${color}`, x: r(open.x), y: r(y + 0.75), width: r(Math.max(0, open.width - 0.75)), height: r(height - 1.5) });
}

function bar(parent: Node, mark: BarMark, chart: ChartLayout, ctx: DrawContext): void {
  const anchor = chart.narrow ? 'start' : 'end';
  const color = `fill-${mark.color}`;
  const { row } = mark;
  const g = el(parent, 'g', { class: 'bar-row', 'data-fact': mark.datum.id });
  // The focusable mark holds no text: its name says label, value and period in words, and
  // the drawn texts beside it are hidden from assistive technology, so nothing is read twice.
  const focusable = el(g, 'g', { class: 'mark', role: 'button', 'aria-haspopup': 'dialog', 'aria-label': ctx.name(mark), tabindex: -1 });
  el(focusable, 'rect', { class: 'focus-ring', rx: 3, x: r(row.x + 1.5), y: r(row.y), width: r(row.width - 3), height: r(row.height) });
  el(focusable, 'rect', { class: `bar ${color}`, x: r(mark.x), y: r(mark.y), width: r(mark.width), height: r(mark.height) });
  if (mark.open) openEnd(focusable, mark.open, mark.y, mark.height, color);
  const words = el(g, 'g', { 'aria-hidden': 'true' });
  for (const line of mark.label) text(words, line, 'label', anchor);
  if (mark.period) text(words, mark.period, 'period', anchor);
  text(words, mark.value, 'value');
}

function panel(parent: Node, p: PanelMark, chart: ChartLayout, ctx: DrawContext): void {
  const g = el(parent, 'g', { class: 'panel', 'data-unit': p.unit });
  text(g, p.title, 'panel-title');
  for (const t of p.axis.ticks) el(g, 'line', { class: 'grid', x1: r(t.x), x2: r(t.x), y1: r(p.axis.top), y2: r(p.axis.y) });
  el(g, 'line', { class: 'axis', x1: r(p.axis.from), x2: r(p.axis.to), y1: r(p.axis.y), y2: r(p.axis.y) });
  p.axis.ticks.forEach((t, i) => text(g, t, 'tick', tickAnchor(i, p.axis.ticks.length, t.x, p.axis.to, chart.narrow)));
  for (const group of p.groups) text(g, group, 'group');
  for (const b of p.bars) bar(g, b, chart, ctx);
}

function legendEntry(parent: Node, entry: LegendMark): void {
  const g = el(parent, 'g', { class: `legend-entry ${entry.kind}` });
  if (entry.kind === 'level') {
    el(g, 'rect', { class: `bar fill-${entry.key}`, x: r(entry.x), y: r(entry.y + 2), width: 12, height: 12 });
  } else {
    const solid = entry.kind === 'nearly' ? 3 : entry.kind === 'over' ? 6 : 4;
    el(g, 'rect', { class: 'bar fill-bar', x: r(entry.x), y: r(entry.y + 2), width: solid, height: 12 });
    openEnd(g, { kind: entry.kind, x: entry.x + solid, width: 12 - solid }, entry.y + 2, 12, 'fill-bar');
  }
  text(g, entry.label, 'legend-label');
}

/** A chart's drawn marks: kept while its layout stays the same, so a re-render touches none. */
interface Drawn {
  chart: ChartLayout;
  /** The legend and the panels: what the SVG holds after its title and description. */
  nodes: SVGElement[];
  marks: SVGElement[];
}
const drawnBy = new WeakMap<object, Drawn>();

/**
 * A layout's elements, built once: charts that lay out alike share their layout (a page of
 * charts with the same attributes), and each gets a deep clone, which the browser makes far
 * faster than script builds the same elements. Names depend only on the layout's selection
 * and language, so they are the same for every chart that shares it.
 */
const prototypes = new WeakMap<ChartLayout, SVGElement[]>();

function prototypeOf(chart: ChartLayout, ctx: DrawContext): SVGElement[] {
  let nodes = prototypes.get(chart);
  if (!nodes) {
    const fragment = document.createDocumentFragment();
    if (chart.legend.length > 0) {
      const legend = el(fragment, 'g', { class: 'legend', part: 'legend' });
      for (const entry of chart.legend) legendEntry(legend, entry);
    }
    for (const p of chart.panels) panel(fragment, p, chart, ctx);
    prototypes.set(chart, (nodes = [...fragment.children] as SVGElement[]));
  }
  return nodes;
}

function setTabStops(marks: readonly SVGElement[], ctx: DrawContext): void {
  marks.forEach((mark, i) => {
    const tabIndex = String(ctx.tabIndex(i));
    if (mark.getAttribute('tabindex') !== tabIndex) mark.setAttribute('tabindex', tabIndex);
  });
}

function marksOf(chart: ChartLayout, ctx: DrawContext): SVGElement[] {
  let drawn = drawnBy.get(ctx.owner);
  if (drawn?.chart !== chart) {
    // The elements, not a fragment: a fragment is empty once inserted, and Lit can move
    // elements into a new place (the drawing drawn again after an error, say).
    const nodes = prototypeOf(chart, ctx).map((node) => node.cloneNode(true) as SVGElement);
    // In reading order: the panels and their bars were built in that order.
    const marks = nodes.flatMap((node) => [...node.querySelectorAll<SVGElement>('.mark')]);
    // A new layout (a new width, another sort) is new elements: the bar that had focus
    // passes it on to the same fact's bar, or the bar in its place, once the new elements
    // stand in the page (after this render commits).
    const focused = drawn?.marks.findIndex((mark) => (mark.getRootNode() as ShadowRoot | Document).activeElement === mark) ?? -1;
    if (focused >= 0) {
      const factOf = (mark: Element | undefined) => mark?.closest('[data-fact]')?.getAttribute('data-fact');
      const fact = factOf(drawn!.marks[focused]);
      const successor = marks.find((mark) => fact && factOf(mark) === fact) ?? marks[focused];
      queueMicrotask(() => successor?.focus());
    }
    drawnBy.set(ctx.owner, (drawn = { chart, nodes, marks }));
  }
  // The tab stop is each chart's own.
  setTabStops(drawn.marks, ctx);
  return drawn.nodes;
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
    ${marksOf(chart, ctx)}
  </svg>`;
}
