import { expect } from '@open-wc/testing';
import { nice } from 'd3-array';
import { layout, NARROW, type BarDatum } from '../../../src/components/bar-chart/layout.js';
import { approximateMeasure } from '../../../src/components/base/wrap-text.js';
import { HONOR_LEVELS } from '../../../src/dataset/types.js';
import { formatQuantity } from '../../../src/format/index.js';
import { barsOf } from './fixtures.js';

// One unit (people), three levels: the honours of Jinhua's five-year review that count persons.
const honours = barsOf('jinhua-five-year', 'honours').filter((d) => d.quantity.unit === 'person');
const zh = { locale: 'zh-CN' as const };
const bars = (chart: ReturnType<typeof layout>) => chart.panels.flatMap((p) => p.bars);
const barEnd = (b: ReturnType<typeof bars>[number]) => b.x + b.width + (b.open?.kind === 'nearly' ? b.open.width : 0);

describe('layout: defaults', () => {
  it('draws one bar per datum, in source order, in one panel, labels beside the bars', () => {
    const chart = layout(honours, { width: 640 }, zh);
    expect(chart.narrow).to.equal(false);
    expect(chart.grouped).to.equal(false);
    expect(chart.panels.length).to.equal(1);
    expect(bars(chart).map((b) => b.datum.id)).to.deep.equal(honours.map((d) => d.id));
    expect(bars(chart).map((b) => b.index)).to.deep.equal(honours.map((_, i) => i));
    for (const b of bars(chart)) {
      expect(b.color).to.equal('bar');
      for (const line of b.label) expect(line.x).to.be.lessThan(b.x);
    }
  });

  it('draws bar lengths in proportion to the values, from one zero', () => {
    const chart = layout(honours, { width: 640 }, zh);
    const [a, b] = bars(chart).filter((m) => !m.open);
    expect(a!.x).to.equal(b!.x);
    expect(a!.width / b!.width).to.be.closeTo(a!.datum.quantity.value / b!.datum.quantity.value, 1e-9);
  });

  it('writes values in the format module’s notation, after the bar', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const b of bars(layout(honours, { width: 640 }, { locale }))) {
        expect(b.value.text).to.equal(formatQuantity(b.datum.quantity, { locale }));
        expect(b.value.x).to.be.greaterThan(barEnd(b));
      }
    }
  });

  it('keeps every value label inside the width', () => {
    const measure = approximateMeasure(13);
    for (const width of [320, 375, 640, 1280]) {
      for (const b of bars(layout(barsOf('wuyi-five-year'), { width }, zh))) {
        expect(b.value.x + measure(b.value.text)).to.be.at.most(width);
      }
    }
  });

  it('stacks rows without overlap, and the height holds them all', () => {
    const chart = layout(honours, { width: 640 }, zh);
    const rows = bars(chart).map((b) => b.row);
    rows.slice(1).forEach((row, i) => expect(row.y).to.be.at.least(rows[i]!.y + rows[i]!.height));
    expect(chart.height).to.be.at.least(rows[rows.length - 1]!.y + rows[rows.length - 1]!.height);
  });
});

describe('layout: sorting and grouping', () => {
  it('sorts by value, largest first', () => {
    const values = bars(layout(honours, { width: 640 }, { ...zh, sort: 'value' })).map((b) => b.datum.quantity.value);
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
  });

  it('groups by level in the order national, provincial, prefecture, county, with a legend', () => {
    const chart = layout(honours, { width: 640 }, { ...zh, group: 'level' });
    expect(chart.grouped).to.equal(true);
    const panel = chart.panels[0]!;
    const levels = panel.groups.map((g) => g.level);
    expect(levels).to.deep.equal(HONOR_LEVELS.filter((l) => honours.some((d) => d.level === l)));
    expect(panel.groups.map((g) => g.text)).to.deep.equal(['全国级', '省级', '市级'].slice(0, levels.length));
    const order = bars(chart).map((b) => HONOR_LEVELS.indexOf(b.datum.level!));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    for (const b of bars(chart)) expect(b.color).to.equal(b.datum.level);
    expect(chart.legend.filter((l) => l.kind === 'level').map((l) => l.key)).to.deep.equal(levels);
  });

  it('sorts by value within each level', () => {
    const chart = layout(honours, { width: 640 }, { ...zh, group: 'level', sort: 'value' });
    for (const level of HONOR_LEVELS) {
      const values = bars(chart).filter((b) => b.datum.level === level).map((b) => b.datum.quantity.value);
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    }
  });

  it('draws data without levels ungrouped, even when grouping is asked for', () => {
    const plain = honours.map(({ level: _, ...d }) => d);
    const chart = layout(plain, { width: 640 }, { ...zh, group: 'level' });
    expect(chart.grouped).to.equal(false);
    expect(chart.panels[0]!.groups).to.deep.equal([]);
    expect(chart.legend.filter((l) => l.kind === 'level')).to.deep.equal([]);
  });
});

describe('layout: units', () => {
  it('draws one panel per unit, each with its own axis; two units never share one', () => {
    const data = barsOf('wuyi-five-year');
    const chart = layout(data, { width: 640 }, zh);
    const units = [...new Set(data.map((d) => d.quantity.unit))];
    expect(chart.panels.map((p) => p.unit)).to.deep.equal(units);
    for (const panel of chart.panels) {
      for (const b of panel.bars) expect(b.datum.quantity.unit).to.equal(panel.unit);
      expect(panel.axis.ticks.length).to.be.at.least(2);
      expect(panel.title.text).to.match(/^单位：/);
    }
    chart.panels.slice(1).forEach((p, i) => expect(p.y).to.be.at.least(chart.panels[i]!.y + chart.panels[i]!.height));
  });
});

describe('layout: axis', () => {
  it('ends every axis on a labelled tick, at every width', () => {
    // An axis that runs on past its last tick (to 550万 with the last label at 400万) leaves
    // the reader to guess where it ends.
    for (const report of ['jinhua-five-year', 'wuyi-five-year', 'yiwu-2020', 'jiande-2020']) {
      for (const width of [320, 375, 640, 800, 1200]) {
        for (const panel of layout(barsOf(report), { width }, zh).panels) {
          const last = panel.axis.ticks[panel.axis.ticks.length - 1]!;
          expect(last.x, `${report} at ${width} px, ${panel.unit}`).to.be.closeTo(panel.axis.to, 0.5);
        }
      }
    }
  });

  it('draws no fractional ticks on an axis of whole counts, even when every figure is 0', () => {
    const zero: BarDatum = { id: 'zero', label: '劳资纠纷引发的不稳定事件', quantity: { value: 0, unit: 'case', approx: 'exact', text: '未出现一起' } };
    const two: BarDatum = { id: 'two', label: '化解劳动争议', quantity: { value: 2, unit: 'case', approx: 'exact', text: '2起' } };
    for (const data of [[zero], [zero, two]]) {
      for (const width of [320, 640, 1200]) {
        const [panel] = layout(data, { width }, zh).panels;
        const ticks = panel!.axis.ticks.map((t) => t.text);
        expect(ticks.length, ticks.join()).to.be.at.least(2);
        expect(ticks.every((t) => /^\d+$/.test(t)), ticks.join()).to.be.true;
        expect(panel!.axis.ticks[panel!.axis.ticks.length - 1]!.x).to.be.closeTo(panel!.axis.to, 0.5);
      }
    }
    // A zero draws no bar, but keeps its row, label and value.
    const [bar] = layout([zero], { width: 640 }, zh).panels[0]!.bars;
    expect([bar!.width, bar!.label.map((l) => l.text).join(''), bar!.value.text]).to.deep.equal([0, '劳资纠纷引发的不稳定事件', '0起']);
  });

  it('keeps every bar within its axis', () => {
    for (const width of [375, 640, 800]) {
      for (const panel of layout(barsOf('wuyi-five-year'), { width }, zh).panels) {
        for (const b of panel.bars) expect(b.x + b.width).to.be.at.most(panel.axis.to + 0.5);
      }
    }
  });
});

describe('layout: labels', () => {
  const long: BarDatum = { ...barsOf('jinhua-five-year', 'honours').find((d) => d.label.length > 12)! };

  it('wraps long Chinese labels on CJK rules, never cutting them', () => {
    const chart = layout([long], { width: 400 + NARROW }, zh);
    const label = bars(chart)[0]!.label;
    expect(label.length).to.be.greaterThan(1);
    expect(label.map((l) => l.text).join('')).to.equal(long.label);
    for (const line of label.slice(1)) expect(line.text[0]).not.to.match(/[、，。）”]/);
  });

  it('moves the labels above the bars at 375 px', () => {
    const chart = layout(honours, { width: 375 }, zh);
    expect(chart.narrow).to.equal(true);
    for (const b of bars(chart)) {
      expect(b.label[b.label.length - 1]!.y).to.be.lessThan(b.y);
      expect(b.label[0]!.x).to.be.at.most(b.x);
    }
  });

  it('labels a period that differs from the report’s', () => {
    const yiwu = barsOf('yiwu-2020', 'honours');
    const withPeriod = yiwu.find((d) => d.period)!;
    const b = bars(layout(yiwu, { width: 640 }, zh)).find((m) => m.datum.id === withPeriod.id)!;
    expect(b.period!.text).to.equal('2019—2020年');
    expect(b.period!.y).to.be.greaterThan(b.label[b.label.length - 1]!.y);
    const without = bars(layout(honours, { width: 640 }, zh));
    for (const m of without) expect(m.period).to.equal(undefined);
  });

  it('draws no text under 12 px', () => {
    expect(layout(honours, { width: 640 }, zh).fontSize).to.equal(13);
    const chart = layout([{ ...honours[0]!, label: '全国五一劳动奖、全国五一巾帼奖、全国工人先锋号' }], { width: 200 }, { ...zh, fontSize: 9 });
    expect(chart.fontSize).to.equal(12);
    const label = bars(chart)[0]!.label;
    expect(label[1]!.y - label[0]!.y, 'lines spaced for 12 px text').to.be.at.least(12 * 1.3);
  });
});

describe('layout: open ends', () => {
  const base = honours[0]!;
  const over: BarDatum = { ...base, id: 'over', quantity: { ...base.quantity, value: 100, approx: 'over', qualifier: '余', text: '100余人' } };
  const nearly: BarDatum = { ...base, id: 'nearly', quantity: { ...base.quantity, value: 100, approx: 'nearly', qualifier: '近', text: '近100人' } };
  const exact: BarDatum = { ...base, id: 'exact', quantity: { ...base.quantity, value: 100, approx: 'exact', text: '100人' } };

  it('ends an "over" bar open past its value, a "nearly" bar open before it, an exact bar closed', () => {
    const chart = layout([over, nearly, exact], { width: 640 }, zh);
    const [o, n, e] = bars(chart);
    expect(e!.open).to.equal(undefined);
    expect(o!.open!.kind).to.equal('over');
    expect(o!.open!.x).to.be.closeTo(o!.x + o!.width, 1e-9);
    expect(o!.x + o!.width).to.be.closeTo(e!.x + e!.width, 1e-9);
    expect(n!.open!.kind).to.equal('nearly');
    expect(n!.open!.x + n!.open!.width).to.be.closeTo(e!.x + e!.width, 1e-9);
    expect(n!.width).to.be.lessThan(e!.width);
  });

  it('draws a range solid to its lower figure and open on to its upper one, its value after both', () => {
    const range: BarDatum = { ...base, id: 'range', quantity: { value: 10, max: 18, unit: 'percent', approx: 'range', text: '10%—18%' } };
    const upper: BarDatum = { ...base, id: 'upper', quantity: { value: 18, unit: 'percent', approx: 'exact', text: '18%' } };
    const lower: BarDatum = { ...base, id: 'lower', quantity: { value: 10, unit: 'percent', approx: 'exact', text: '10%' } };
    const [r, u, l] = bars(layout([range, upper, lower], { width: 640 }, zh));
    expect(r!.width).to.be.closeTo(l!.width, 1e-9);
    expect(r!.open!.kind).to.equal('range');
    expect(r!.open!.x).to.be.closeTo(r!.x + r!.width, 1e-9);
    expect(r!.open!.x + r!.open!.width).to.be.closeTo(u!.x + u!.width, 1e-9);
    expect(r!.value.x).to.be.closeTo(u!.value.x, 1e-9);
    expect(layout([range], { width: 640 }, zh).legend.map((e) => [e.kind, e.label.text.startsWith('虚线段')])).to.deep.equal([['range', true]]);
    expect(layout([range], { width: 640 }, { locale: 'en' }).legend[0]!.label.text).to.contain('a range the report gives');
  });

  it('draws no range and says nothing of one when the upper figure is not above the lower', () => {
    const flat: BarDatum = { ...base, id: 'flat', quantity: { value: 10, max: 10, unit: 'percent', approx: 'range', text: '10%—10%' } };
    const chart = layout([flat], { width: 640 }, zh);
    expect(bars(chart)[0]!.open).to.equal(undefined);
    expect(chart.legend).to.deep.equal([]);
  });

  it('says in the legend what an open end means, only when one is drawn', () => {
    expect(layout([over, nearly], { width: 640 }, zh).legend.map((l) => l.kind)).to.deep.equal(['over', 'nearly']);
    expect(layout([exact], { width: 640 }, zh).legend).to.deep.equal([]);
    const en = layout([over], { width: 640 }, { locale: 'en' }).legend[0]!.label.text;
    expect(en).to.contain('more than shown');
  });
});

describe('layout: without a DOM', () => {
  it('runs in a worker, where there is no document', async () => {
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    const result = await new Promise<{ bars: number; hasDocument: boolean }>((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(honours);
    });
    worker.terminate();
    expect(result).to.deep.equal({ bars: honours.length, hasDocument: false });
  });
});

describe('layout: axis labels', () => {
  // Every report, all its categories together, in both languages, at a phone's width and a page's: no
  // two tick labels of an axis touch, anchored as bar-svg.ts draws them (the first flush
  // left when narrow, the last flush right near the axis end, the others centred).
  const measure = approximateMeasure(12);
  const reports = ['jinhua-five-year', 'wuyi-five-year', 'yiwu-2020', 'jiande-2020', 'yiwu-2018-plenary'];
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`never lets two tick labels touch (${locale}, ${width} px)`, () => {
        let axes = 0;
        for (const report of reports) {
          const data = barsOf(report);
          if (data.length === 0) continue;
          const chart = layout(data, { width }, { locale, measure });
          for (const panel of chart.panels) {
            const ticks = panel.axis.ticks;
            const last = ticks.length - 1;
            const boxes = ticks.map((t, i) => {
              const w = measure(t.text);
              // As bar-svg.ts draws them, written out here: the test does not take tickAnchor's word.
              const anchor = i === 0 && chart.narrow ? 'start' : i === last && t.x > panel.axis.to - 12 ? 'end' : 'middle';
              const left = anchor === 'start' ? t.x : anchor === 'end' ? t.x - w : t.x - w / 2;
              return [left, left + w, t.text] as const;
            });
            for (let i = 1; i < boxes.length; i += 1) {
              expect(boxes[i]![0], `${report} ${panel.unit}: “${boxes[i - 1]![2]}” and “${boxes[i]![2]}”`).to.be.at.least(boxes[i - 1]![1] + 2);
            }
            // Fewer labels, never a longer axis: the axis ends where one tick per 90 px puts it.
            const most = Math.max(2, Math.floor((panel.axis.to - panel.axis.from) / 90));
            const exact = panel.bars.filter((b) => b.datum.quantity.approx === 'exact');
            const largest = Math.max(...panel.bars.map((b) => b.datum.quantity.max ?? b.datum.quantity.value));
            const [, top] = nice(0, largest > 0 ? largest : 1, most);
            for (const b of exact) {
              expect((b.x + b.width - panel.axis.from) / (panel.axis.to - panel.axis.from), `${report} ${panel.unit}: ${b.datum.label}`).to.be.closeTo(b.datum.quantity.value / top, 1e-6);
            }
            axes += 1;
          }
        }
        expect(axes).to.be.greaterThan(10);
      });
    }
  }
});
