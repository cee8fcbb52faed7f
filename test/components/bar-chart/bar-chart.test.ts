import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';
import type { UnionExportDetail } from '../../../src/components/base/chart-export.js';
import { embeddedDataset, figureSpan } from '../../../src/dataset/index.js';
import { formatPeriod, formatQuantity, speakQuantity } from '../../../src/format/index.js';
import { factLabel, factNoun, metricLevel } from '../../../src/dataset/wording.js';
import { factTime } from '../../../src/components/base/source-view.js';
import type { Dataset } from '../../../src/dataset/types.js';
import { captureWarnings, datasetCopy, exportThroughMenu, openSource, serve, settled, setup, shadowText } from '../setup.js';
import { contrast } from '../colors.js';

const ds = embeddedDataset();
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const marks = (el: Element) => all<SVGGElement>(el, '.mark');
const factOf = (mark: Element) => ds.fact(mark.closest('.bar-row')!.getAttribute('data-fact')!);
/** A drawn text of a bar's row: its label lines, period or value. */
const rowText = (mark: Element, cls: string) => [...mark.closest('.bar-row')!.querySelectorAll(`.${cls}`)];
const honours = ds.facts({ report: 'jinhua-five-year', category: 'honours' });

/** A dataset as a union without honour levels would write it: no `level`, no `family`. */
/** A user's dataset whose metrics have no level: none given, and none in their ids. */
function withoutLevels(data: Dataset): Dataset {
  const renamed = (id: string) => id.replace(/\.(national|provincial|prefecture|county)$/, '-$1');
  for (const metric of data.metrics) {
    delete metric.level;
    delete metric.family;
    delete metric.familyName;
    metric.id = renamed(metric.id);
  }
  for (const fact of data.facts) fact.metric = renamed(fact.metric);
  return data;
}

describe('<union-bar-chart> selection', () => {
  it('draws a report’s category: a bar per fact, valued as the report writes it', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    expect(marks(el).map((m) => m.closest('.bar-row')!.getAttribute('data-fact')).sort()).to.deep.equal(honours.map((f) => f.id).sort());
    for (const mark of marks(el)) {
      const fact = factOf(mark);
      expect(fact.ok && rowText(mark, 'value')[0]!.textContent).to.equal(fact.ok && formatQuantity(fact.value.quantity, { locale: 'zh-CN' }));
    }
    expect(q(el, '[part="heading"]').textContent).to.contain('金华市总工会');
    await expect(el).to.be.accessible();
  });

  it('draws alike charts alike, and redraws one whose attributes or language change', async () => {
    // Charts with the same attributes share their selection and layout: changing one must
    // change only that one, and draw what a fresh chart with its new attributes draws.
    const el = await fixture<HTMLElement>(html`<div style="width: 640px">
      <union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>
      <union-bar-chart report="jinhua-five-year" category="honours" heading="自定标题"></union-bar-chart>
    </div>`);
    const [a, b] = [...el.querySelectorAll<UnionBarChart>('union-bar-chart')] as [UnionBarChart, UnionBarChart];
    await waitUntil(() => marks(a).length > 0 && marks(b).length > 0);
    const ids = (c: Element) => marks(c).map((m) => m.closest('.bar-row')!.getAttribute('data-fact'));
    expect(ids(b)).to.deep.equal(ids(a));
    expect(q(b, '[part="heading"]').textContent).to.equal('自定标题');
    expect(q(a, '[part="heading"]').textContent).not.to.equal('自定标题');
    b.setAttribute('category', 'welfare');
    b.setAttribute('lang', 'en');
    // A new category is a new load: the skeleton stands in until its part has come.
    await waitUntil(() => marks(b).length > 0 && ids(b).join() !== ids(a).join() && b.shadowRoot!.querySelector('.keys')?.textContent?.startsWith('Tab') === true);
    expect(ids(a).sort()).to.deep.equal(honours.map((f) => f.id).sort());
    const fresh = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="welfare" lang="en" heading="自定标题"></union-bar-chart>`);
    expect(ids(b)).to.deep.equal(ids(fresh));
    expect(marks(b).map((m) => m.getAttribute('aria-label'))).to.deep.equal(marks(fresh).map((m) => m.getAttribute('aria-label')));
  });

  it('draws an explicit metrics list in its order', async () => {
    const ids = ['hardship-aid.amount', 'skills.competitions', 'honours.model-workers.provincial'];
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" metrics=${ids.join(',')}></union-bar-chart>`);
    const drawn = marks(el).map((m) => (factOf(m).ok ? (factOf(m) as { value: { metric: string } }).value.metric : ''));
    expect(drawn.filter((m, i) => drawn.indexOf(m) === i)).to.deep.equal(ids);
  });

  it('draws one metric across every report, each bar labelled by region and period', async () => {
    const metric = 'honours.craftsmen.prefecture';
    const facts = ds.facts({ metric });
    const el = await setup<UnionBarChart>(html`<union-bar-chart metric=${metric}></union-bar-chart>`);
    expect(marks(el).length).to.equal(facts.length);
    for (const mark of marks(el)) {
      const fact = factOf(mark);
      if (!fact.ok) throw new Error('unknown fact');
      const region = ds.region(fact.value.region);
      const report = ds.report(fact.value.report);
      const label = rowText(mark, 'label').map((t) => t.textContent).join('');
      expect(label).to.equal(region.ok && region.value.zh);
      const metricOf = ds.metric(fact.value.metric);
      expect(report.ok && rowText(mark, 'period')[0]!.textContent).to.equal(report.ok && factTime(fact.value, metricOf.ok ? metricOf.value : undefined, report.value, 'zh-CN'));
    }
    await expect(el).to.be.accessible();
  });

  it('notes that definitions differ when a metric is not comparable across reports', async () => {
    const metric = ds.metrics().find((m) => !m.comparable && new Set(ds.facts({ metric: m.id }).map((f) => f.report)).size > 1)!;
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionBarChart>(html`<union-bar-chart metric=${metric.id} lang=${locale}></union-bar-chart>`);
      const note = q(el, '[part="note"]').textContent!;
      expect(note).to.contain(locale === 'en' ? 'Definitions differ' : '口径不同');
      if (metric.notes) expect(note).to.contain(locale === 'en' ? metric.notes.en : metric.notes.zh);
    }
    const comparable = ds.metrics().find((m) => m.comparable && new Set(ds.facts({ metric: m.id }).map((f) => f.report)).size > 1)!;
    const el = await setup<UnionBarChart>(html`<union-bar-chart metric=${comparable.id}></union-bar-chart>`);
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  it('sorts by value, largest first', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="welfare" sort="value"></union-bar-chart>`);
    for (const panel of all(el, '.panel')) {
      const values = [...panel.querySelectorAll('.mark')].map((m) => {
        const fact = factOf(m);
        return fact.ok ? fact.value.quantity.value : NaN;
      });
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    }
  });

  it('draws a panel per unit', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="welfare"></union-bar-chart>`);
    const units = new Set(ds.facts({ report: 'wuyi-five-year', category: 'welfare' }).map((f) => f.quantity.unit));
    expect(all(el, '.panel').map((p) => p.getAttribute('data-unit')).sort()).to.deep.equal([...units].sort());
  });
});

describe('<union-bar-chart> grouped by level', () => {
  it('groups bars under level headings, coloured per level, with a legend', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" group="level"></union-bar-chart>`);
    expect(all(el, '.group').map((g) => g.textContent)).to.include.members(['全国级', '省级', '市级']);
    expect(all(el, '.legend-label').map((g) => g.textContent)).to.deep.equal(['全国级', '省级', '市级']);
    for (const mark of marks(el)) {
      const fact = factOf(mark);
      const metric = fact.ok ? ds.metric(fact.value.metric) : undefined;
      const level = metric?.ok ? metricLevel(metric.value) : undefined;
      expect(mark.querySelector('.bar')!.classList.contains(`fill-${level}`), mark.getAttribute('aria-label')!).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark']) {
    it(`gives every level colour at least 3:1 against the surface (${theme})`, async () => {
      const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" group="level" theme=${theme}></union-bar-chart>`);
      const surface = getComputedStyle(q(el, '.frame')).backgroundColor;
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      q(el, 'svg.chart').append(probe);
      for (const level of ['bar', 'national', 'provincial', 'prefecture', 'county']) {
        probe.setAttribute('class', `bar fill-${level}`);
        const fill = getComputedStyle(probe).fill;
        expect(contrast(fill, surface), `${level} ${fill} on ${surface}`).to.be.at.least(3);
      }
      probe.remove();
      await expect(el).to.be.accessible();
    });
  }

  it('selects a report’s family of honours, at every level', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" family="model-workers" group="level"></union-bar-chart>`);
    const expected = honours.filter((f) => f.metric.startsWith('honours.model-workers.'));
    expect(expected.length).to.be.greaterThan(1);
    expect(marks(el).map((m) => m.closest('.bar-row')!.getAttribute('data-fact')).sort()).to.deep.equal(expected.map((f) => f.id).sort());
    expect(all(el, '.group').length).to.equal(expected.length);
    // The heading names the family as the report does, never its id.
    expect(q(el, '[part="heading"]').textContent).to.equal('金华市总工会 · 2018—2023年 · 劳动模范');
    el.setAttribute('lang', 'en');
    await waitUntil(() => q(el, '[part="heading"]').textContent!.endsWith('Model workers'), 'the en heading never named the family');
    expect(q(el, '[part="heading"]').textContent).not.to.contain('model-workers');
  });

  it('titles a family a user dataset names nowhere with its id', async () => {
    const data = datasetCopy();
    for (const m of data.metrics) delete m.familyName;
    const el = await setup<UnionBarChart>(html`<union-bar-chart src=${serve(data)} report="jinhua-five-year" family="model-workers"></union-bar-chart>`);
    expect(q(el, '[part="heading"]').textContent).to.equal('金华市总工会 · 2018—2023年 · model-workers');
  });

  it('reads an empty metrics="" as absent, as a CMS template writes it: metric then chooses', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart metrics="" metric="hardship-aid.amount"></union-bar-chart>`);
    expect(q(el, '[part="error"]')?.textContent ?? null).to.equal(null);
    expect(marks(el).length).to.equal(embeddedDataset().facts({ metric: 'hardship-aid.amount' }).length);
  });

  it('draws a user dataset whose metrics have no level, ungrouped and without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await setup<UnionBarChart>(html`<union-bar-chart src=${serve(withoutLevels(datasetCopy()))} report="jinhua-five-year" category="honours" group="level"></union-bar-chart>`);
      expect(marks(el).length).to.equal(honours.length);
      expect(all(el, '.group')).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('<union-bar-chart> open ends', () => {
  it('ends "over" bars open and says so in the legend', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="welfare"></union-bar-chart>`);
    const over = ds.facts({ report: 'jinhua-five-year', category: 'welfare' }).filter((f) => f.quantity.approx === 'over');
    expect(over.length).to.be.greaterThan(0);
    for (const fact of over) expect(q(el, `.bar-row[data-fact="${fact.id}"] .open-end`)).to.exist;
    expect(all(el, '.open-end').length).to.equal(over.length + 1);
    expect(shadowText(el)).to.contain('末端开口');
  });

  it('ends "nearly" bars open before their value, and says so in the legend, in English too', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jiande-2020" category="skills" lang="en"></union-bar-chart>`);
    const nearly = ds.facts({ report: 'jiande-2020', category: 'skills' }).filter((f) => f.quantity.approx === 'nearly');
    expect(nearly.length).to.be.greaterThan(0);
    for (const fact of nearly) {
      const bar = q(el, `.bar-row[data-fact="${fact.id}"] .bar`) as SVGRectElement;
      const open = q(el, `.bar-row[data-fact="${fact.id}"] .open-end`) as SVGRectElement;
      // The dashed stretch is the bar's last one: it starts where the solid bar stops.
      expect(Number(open.getAttribute('x'))).to.be.closeTo(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')), 1);
    }
    expect(shadowText(el)).to.contain('a little less than shown');
  });

  it('draws a range (10%—18%) solid to its lower figure and dashed on to its upper one, with a legend', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="rights"></union-bar-chart>`);
    const [range] = ds.facts({ report: 'jinhua-five-year', category: 'rights' }).filter((f) => f.quantity.approx === 'range');
    expect(range?.quantity.text).to.equal('10%—18%');
    const row = `.bar-row[data-fact="${range!.id}"]`;
    const bar = q(el, `${row} .bar`) as SVGRectElement;
    const open = q(el, `${row} .open-end`) as SVGRectElement;
    const solid = Number(bar.getAttribute('width'));
    const dashed = Number(open.getAttribute('width'));
    expect(Number(open.getAttribute('x'))).to.be.closeTo(Number(bar.getAttribute('x')) + solid, 1);
    // 10 solid, 8 dashed, on one scale.
    expect(dashed / solid).to.be.closeTo(8 / 10, 0.05);
    expect(q(el, `${row} .value`).textContent).to.equal('10%—18%');
    expect(shadowText(el)).to.contain('虚线段');
    await expect(el).to.be.accessible();
  });
});

describe('<union-bar-chart> sources and keyboard', () => {
  it('is one tab stop; arrows, Home and End move between bars', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[marks(el).length - 1]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(marks(el)[0]);
  });

  for (const theme of ['light', 'dark']) {
    it(`rings the focused bar, 2 px or more at 3:1 against its surface, and only that one (${theme})`, async () => {
      const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" theme=${theme}></union-bar-chart>`);
      const ring = (i: number) => getComputedStyle(marks(el)[i]!.querySelector('.focus-ring')!);
      expect(ring(0).visibility).to.equal('hidden');
      marks(el)[0]!.focus();
      expect(ring(0).visibility).to.equal('visible');
      expect(ring(1).visibility).to.equal('hidden');
      expect(parseFloat(ring(0).strokeWidth)).to.be.at.least(2);
      const surface = getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor;
      expect(contrast(ring(0).stroke, surface)).to.be.at.least(3);
    });
  }

  it('shows an incomparable metric’s notes in its bars’ source popover', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart metric="hardship-aid.amount"></union-bar-chart>`);
    const metric = ds.metric('hardship-aid.amount');
    expect(metric.ok && metric.value.comparable !== true && metric.value.notes?.zh).to.be.a('string');
    const popover = await openSource(el, el.shadowRoot!.querySelector<HTMLElement>('[part="source-popover"]')!);
    const notes = [...popover.querySelectorAll('[part="source-note"]')].map((n) => n.textContent);
    expect(notes).to.include(metric.ok ? metric.value.notes!.zh : '');
  });

  it('opens the source with one mouse click: nothing moves under the pointer as focus arrives', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    const button = q(el, '[part="source-button"]');
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => q(el, '[part="source-popover"]').matches(':popover-open'), 'one click did not open the source');
    expect(button.getBoundingClientRect().y).to.be.closeTo(box.y, 0.5);
    await resetMouse();
  });

  it('shows the keys to a keyboard user in the drawing, not on a click elsewhere in the frame', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    const keys = () => getComputedStyle(q(el, '.keys')).display;
    expect(keys()).to.equal('none');
    q(el, '[part="menu-button"]').focus();
    expect(keys()).to.equal('none');
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(keys()).to.equal('block');
  });

  it('names each bar by label, value with qualifier, and period', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="welfare" lang=${locale}></union-bar-chart>`);
      for (const mark of marks(el)) {
        const fact = factOf(mark);
        if (!fact.ok) throw new Error('unknown fact');
        const metric = ds.metric(fact.value.metric);
        const name = mark.getAttribute('aria-label')!;
        expect(name).to.contain(factLabel(fact.value, metric.ok ? metric.value : undefined)[locale === 'en' ? 'en' : 'zh']);
        const noun = factNoun(fact.value, metric.ok ? metric.value : undefined);
        expect(name).to.contain(speakQuantity(fact.value.quantity, { locale, ...(noun ? { noun } : {}) }));
        const report = ds.report(fact.value.report);
        expect(report.ok && name).to.contain(report.ok && factTime(fact.value, metric.ok ? metric.value : undefined, report.value, locale));
      }
    }
  });

  it('opens the focused bar’s source with Enter, the quote with its figure marked; Esc closes it and focus returns', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const popover = q(el, '[part="source-popover"]');
    await waitUntil(() => popover.matches(':popover-open'), 'the source never opened');
    await el.updateComplete;
    const fact = factOf(marks(el)[1]!);
    if (!fact.ok) throw new Error('unknown fact');
    const { quote } = fact.value.source;
    const figure = figureSpan(fact.value);
    expect(popover.querySelector('blockquote')!.textContent!.replace(/\s+/g, '')).to.equal(quote.replace(/\s+/g, ''));
    expect(popover.querySelector('mark')!.textContent).to.equal(quote.slice(figure.start, figure.end));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.matches(':popover-open'));
    await waitUntil(() => el.shadowRoot!.activeElement === marks(el)[1], 'focus did not return to the bar');
  });

  it('opens a bar’s source beside the bar, not beside the button under the chart', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"><union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart></div>`);
    const el = box.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => marks(el).length > 0);
    const mark = marks(el)[1]!;
    mark.scrollIntoView({ block: 'center' });
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const popover = q(el, '[part="source-popover"]');
    await waitUntil(() => popover.matches(':popover-open'));
    await el.updateComplete;
    const [bar, open] = [mark.getBoundingClientRect(), popover.getBoundingClientRect()];
    // Below or above the bar, touching its row, wherever the window lets it stand.
    const gap = Math.min(Math.abs(open.top - bar.bottom), Math.abs(bar.top - open.bottom));
    expect(gap, 'the popover stands next to the bar').to.be.below(16);
    // A re-layout while it is open (the container narrows) replaces the bar: the popover follows the new one.
    const id = mark.closest('.bar-row')!.getAttribute('data-fact')!;
    box.style.width = '420px';
    await waitUntil(() => !mark.isConnected, 'the chart never drew again');
    await el.updateComplete;
    const moved = q(el, `.bar-row[data-fact="${id}"] .mark`).getBoundingClientRect();
    const after = popover.getBoundingClientRect();
    expect(Math.min(Math.abs(after.top - moved.bottom), Math.abs(moved.top - after.bottom)), 'still next to the bar').to.be.below(16);
    popover.hidePopover();
  });

  it('opens a bar’s source on click', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="honours"></union-bar-chart>`);
    const mark = marks(el)[2]!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const popover = q(el, '[part="source-popover"]');
    await waitUntil(() => popover.matches(':popover-open'));
    await el.updateComplete;
    const fact = factOf(mark);
    expect(fact.ok && popover.querySelector('mark')!.textContent).to.equal(fact.ok && fact.value.quantity.text);
  });

  it('explains its keys, and gives the drawing a title and a description', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="honours" lang="en"></union-bar-chart>`);
    const svg = q(el, 'svg.chart');
    expect(svg.querySelector('title')!.textContent).to.equal(q(el, '[part="heading"]').textContent);
    expect(svg.querySelector('desc')!.textContent).to.contain(rowText(marks(el)[0]!, 'value')[0]!.textContent!);
    expect(q(el, `#${svg.getAttribute('aria-describedby')}`).textContent).to.contain('arrow keys');
  });
});

describe('<union-bar-chart> table, menu, size', () => {
  it('shows the same data as a table, one toggle away', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours" lang="en"></union-bar-chart>`);
    q(el, '[part="table-toggle"]').click();
    await el.updateComplete;
    expect(q(el, '[part="table-toggle"]').getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, '.plot').hidden).to.equal(true);
    const rows = all(el, '[part="table"] tbody tr');
    expect(rows.length).to.equal(marks(el).length);
    const squash = (t: string | null) => (t ?? '').replace(/\s+/g, '');
    expect(rows.map((r) => squash(r.querySelector('th')!.textContent))).to.deep.equal(marks(el).map((m) => squash(rowText(m, 'label').map((t) => t.textContent).join(''))));
    await expect(el).to.be.accessible();
    q(el, '[part="table-toggle"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="table"]')).to.equal(null);
  });

  it('writes a CSV with a row per bar, named after the chart', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart>`);
    const detail = await exportThroughMenu(el, 'csv');
    expect(detail.filename).to.equal('union-bar-chart-jinhua-five-year-honours.csv');
    const text = await detail.blob.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines.length).to.equal(honours.length + 1);
    for (const fact of honours) expect(text).to.contain(fact.quantity.text);
  });

  it('draws once at its container’s width, not first at a default one', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const el = document.createElement('union-bar-chart');
    el.setAttribute('report', 'wuyi-five-year');
    el.setAttribute('category', 'honours');
    const widths: string[] = [];
    const observer = new MutationObserver(() => {
      const drawn = el.shadowRoot?.querySelector('svg.chart')?.getAttribute('width');
      if (drawn && drawn !== widths[widths.length - 1]) widths.push(drawn);
    });
    box.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    await waitUntil(() => settled(el) && el.shadowRoot!.querySelector('svg.chart'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    observer.disconnect();
    expect(widths).to.deep.equal([String(q(el, '.plot').getBoundingClientRect().width)]);
  });

  it('draws its skeleton (the drawing’s box) at once, so that the box is measured while the data loads', async () => {
    // A dataset that never answers: the chart must not wait for it (other widgets wait up
    // to 200 ms for data before their skeleton) to give the ResizeController a box to measure.
    const url = `${location.origin}/never-answers.json`;
    const fetched = window.fetch;
    window.fetch = (input, init) => (String(input) === url ? new Promise<Response>(() => undefined) : fetched(input, init));
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement('union-bar-chart');
      el.setAttribute('src', url);
      const start = performance.now();
      box.append(el);
      await el.updateComplete;
      expect(performance.now() - start).to.be.below(200);
      expect(el.shadowRoot!.querySelector('.skeleton .plot')).to.exist;
      await waitUntil(() => el.size.ready, 'the skeleton’s box is measured before the data comes');
      expect(el.size.width).to.equal(Math.round(q(el, '.plot').getBoundingClientRect().width));
    } finally {
      window.fetch = fetched;
    }
  });

  it('keeps its bars’ elements when only the tab stop moves', async () => {
    // A box of its own: a page scrollbar coming or going would be a new width, a new layout.
    const box = await fixture<HTMLDivElement>(html`<div style="width:640px"><union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart></div>`);
    const el = box.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => settled(el) && marks(el).length > 0);
    await el.updateComplete;
    const before = marks(el);
    before[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(before.every((m) => m.isConnected)).to.be.true;
    expect(before.map((m) => m.getAttribute('tabindex'))).to.deep.equal(before.map((_, i) => (i === 1 ? '0' : '-1')));
  });

  it('keeps focus on the same bar when a new width redraws the chart', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:700px"><union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart></div>`);
    const el = box.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => settled(el) && marks(el).length > 0);
    marks(el)[2]!.focus();
    const id = marks(el)[2]!.closest('.bar-row')!.getAttribute('data-fact');
    const width = q(el, 'svg.chart').getAttribute('width');
    box.style.width = '560px';
    await waitUntil(() => q(el, 'svg.chart').getAttribute('width') !== width, 'the chart never took the new width');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const active = el.shadowRoot!.activeElement;
    expect(active?.closest('.bar-row')?.getAttribute('data-fact') ?? 'focus lost').to.equal(id);
    expect(active?.getAttribute('tabindex')).to.equal('0');
  });

  it('keeps focus on the same bar when a new sort reorders the bars', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:700px"><union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart></div>`);
    const el = box.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => settled(el) && marks(el).length > 0);
    const ids = () => marks(el).map((m) => m.closest('.bar-row')!.getAttribute('data-fact'));
    const before = ids();
    marks(el)[0]!.focus();
    el.sort = 'value';
    await waitUntil(() => ids().join() !== before.join(), 'sort="value" never reordered the bars');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    // The first bar in the report's order is not the first by value: its place changed.
    expect(ids().indexOf(before[0]!)).to.not.equal(0);
    const active = el.shadowRoot!.activeElement;
    expect(active?.closest('.bar-row')?.getAttribute('data-fact') ?? 'focus lost').to.equal(before[0]);
  });

  it('draws a `metrics` list across groups even where `metric` is also set (the list wins)', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart metrics="skills.competitions,hardship-aid.amount" metric="honours.craftsmen.prefecture"></union-bar-chart>`);
    await waitUntil(() => settled(el));
    expect(shadowText(el)).not.to.match(/找不到|No metric/);
    expect(marks(el).length).to.be.greaterThan(0);
  });

  it('follows its container’s width: labels move above the bars when narrow', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:900px"><union-bar-chart report="jinhua-five-year" category="honours"></union-bar-chart></div>`);
    const el = box.querySelector<UnionBarChart>('union-bar-chart')!;
    await waitUntil(() => settled(el) && Number(q(el, 'svg.chart').getAttribute('width')) > 800);
    const beside = marks(el)[0]!;
    expect(Number(rowText(beside, 'label')[0]!.getAttribute('y'))).to.be.greaterThan(Number(beside.querySelector('.bar')!.getAttribute('y')));
    box.style.width = '375px';
    await waitUntil(() => Number(q(el, 'svg.chart').getAttribute('width')) < 375, 'the chart did not follow its container');
    const above = marks(el)[0]!;
    expect(Number(rowText(above, 'label')[0]!.getAttribute('y'))).to.be.lessThan(Number(above.querySelector('.bar')!.getAttribute('y')));
    expect(q(el, 'svg.chart').getBoundingClientRect().width).to.be.at.most(375);
  });
});

describe('<union-bar-chart> motion and forced colours', () => {
  // Firefox runs over WebDriver BiDi, which cannot emulate media features: there the test
  // checks the browser's own setting, and that the animation lives only under no-preference.
  const emulate = (reducedMotion: 'reduce' | 'no-preference') => emulateMedia({ reducedMotion }).then(() => true, () => false);
  afterEach(() => emulate('no-preference'));

  it('fades the chart in only when motion is welcome', async () => {
    const chart = () => setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="honours"></union-bar-chart>`);
    if (await emulate('reduce')) {
      expect(getComputedStyle(q(await chart(), 'svg.chart')).animationName).to.equal('none');
      await emulate('no-preference');
      expect(getComputedStyle(q(await chart(), 'svg.chart')).animationName).to.equal('union-fade');
      return;
    }
    const el = await chart();
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(getComputedStyle(q(el, 'svg.chart')).animationName).to.equal(reduced ? 'none' : 'union-fade');
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const animated = rules.filter((r) => r instanceof CSSMediaRule && [...r.cssRules].some((i) => (i as CSSStyleRule).style?.animationName === 'union-fade'));
    expect(animated.map((r) => (r as CSSMediaRule).conditionText)).to.deep.equal(['(prefers-reduced-motion: no-preference)']);
  });

  it('keeps bars and their open ends in a system colour under forced colours', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="honours"></union-bar-chart>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    const inner = forced.flatMap((r) => [...r.cssRules]) as CSSStyleRule[];
    const fillOf = (selector: string) => inner.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style;
    expect(fillOf('.bar')?.getPropertyValue('fill')).to.equal('canvastext');
    expect(fillOf('.open-end')?.getPropertyValue('stroke')).to.equal('canvastext');
    expect(fillOf('.mark .focus-ring')?.getPropertyValue('stroke')).to.equal('highlight');
  });
});
