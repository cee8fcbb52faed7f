import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { embeddedDataset } from '../../src/dataset/index.js';
import { openSource, settled } from './setup.js';
import { factMeasure } from '../../src/dataset/wording.js';
import { formatAsOf, formatPeriod } from '../../src/format/index.js';
import { contrast } from './colors.js';

const ds = embeddedDataset();
const fact = ds.facts({ report: 'yiwu-2020', headline: true })[0]!;
const metric = ds.metric(fact.metric);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
let slowKey = 0;
const slowSrc = () => `/test-data/dataset.json?delay=4000&key=a11y-${Date.now()}-${(slowKey += 1)}`;

async function loaded<T extends Element>(template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  const all = () => [el, ...(el.shadowRoot?.querySelectorAll('union-kpi') ?? [])];
  await waitUntil(() => all().every(settled), 'never loaded', { timeout: 8000 });
  return el;
}

/** What a pointer at (x, y) hits, inside the widget's shadow root. */
const hit = (el: Element, x: number, y: number) => el.shadowRoot!.elementFromPoint(x, y);

describe('accessibility beyond axe', () => {
  it('the source button is at least 24 × 24 px and answers a pointer over 44 × 44 px, without moving the card', async () => {
    const kpi = await loaded<HTMLElement>(html`<union-kpi fact=${fact.id} style="width: 320px"></union-kpi>`);
    const button = part(kpi, 'source-button');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    for (const [dx, dy] of [[0, -21], [0, 21], [-Math.max(21, box.width / 2 - 1), 0]]) expect(hit(kpi, cx + dx!, cy + dy!), `${dx},${dy}`).to.equal(button);
    const meta = part(kpi, 'meta').getBoundingClientRect();
    expect(meta.height).to.be.below(44);
  });

  it('every button in an open popover is at least 24 × 24 px', async () => {
    const kpi = await loaded<HTMLElement>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    await openSource(kpi, part(kpi, 'source-popover'));
    for (const button of kpi.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.className).to.be.at.least(24);
      expect(box.height, button.className).to.be.at.least(24);
    }
    part(kpi, 'source-popover').hidePopover();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`the source button says what it opens, and the popover how to close it (${locale})`, async () => {
      const kpi = await loaded<HTMLElement>(html`<union-kpi fact=${fact.id} lang=${locale}></union-kpi>`);
      const button = part(kpi, 'source-button');
      const description = kpi.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal(locale === 'en' ? 'Opens the sentence of the report this figure comes from' : '打开报告原文中的这句话');
      const popover = await openSource(kpi, part(kpi, 'source-popover'));
      const hint = popover.querySelector<HTMLElement>('.source-hint')!;
      expect(hint.textContent).to.contain('Esc');
      expect(hint.getBoundingClientRect().height).to.be.above(0);
      expect(contrast(getComputedStyle(hint).color, getComputedStyle(popover).backgroundColor)).to.be.at.least(4.5);
      await expect(kpi).to.be.accessible();
      popover.hidePopover();
    });
  }

  it('a card is a group named by its label alone; the figure is read once, inside it', async () => {
    const kpi = await loaded<HTMLElement>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    expect(part(kpi, 'card').getAttribute('aria-label')).to.equal(metric.ok ? metric.value.zh : '');
  });

  it('in a grid, the cards leave out the issuer and period that the subheading states', async () => {
    const grid = await loaded<HTMLElement>(html`<union-kpi-grid report="yiwu-2020"></union-kpi-grid>`);
    expect(part(grid, 'subheading').textContent).to.contain('义乌市总工会');
    const cards = [...grid.shadowRoot!.querySelectorAll('union-kpi')];
    expect(cards.length).to.be.above(1);
    for (const card of cards) {
      expect(card.getAttribute('context')).to.equal('report');
      const line = part(card, 'meta').querySelector('.source-line')?.textContent ?? '';
      expect(line).not.to.contain('义乌市总工会');
      const own = ds.fact(card.getAttribute('fact')!);
      if (!own.ok || own.value.period) continue;
      const metricOf = ds.metric(own.value.metric);
      const report = ds.report(own.value.report);
      // A stock keeps its point in time ("截至2020年"): the subheading's span does not say it.
      const stock = factMeasure(own.value, metricOf.ok ? metricOf.value : undefined) === 'stock';
      expect(line).to.equal(stock && report.ok ? formatAsOf(report.value.period.end, 'zh-CN') : '');
    }
    await expect(grid).to.be.accessible();
  });

  it('in a grid, a card whose own period is the report’s (2018年以来 in a 2018—2023 review) says no period; one that differs says it', async () => {
    const grid = await loaded<HTMLElement>(html`<union-kpi-grid report="jinhua-five-year" show="all"></union-kpi-grid>`);
    const report = ds.report('jinhua-five-year');
    if (!report.ok) throw new Error('no report');
    const cards = [...grid.shadowRoot!.querySelectorAll('union-kpi')];
    let same = 0;
    for (const card of cards) {
      const own = ds.fact(card.getAttribute('fact')!);
      if (!own.ok || !own.value.period) continue;
      const metricOf = ds.metric(own.value.metric);
      if (factMeasure(own.value, metricOf.ok ? metricOf.value : undefined) === 'stock') continue;
      const line = part(card, 'meta').querySelector('.source-line')?.textContent ?? '';
      const { start, end } = own.value.period;
      if (start === report.value.period.start && end === report.value.period.end) {
        same += 1;
        expect(line, card.getAttribute('fact')!).to.equal('');
      } else {
        expect(line, card.getAttribute('fact')!).to.equal(formatPeriod(own.value.period, 'zh-CN'));
      }
    }
    expect(same, 'cards whose period is the report’s').to.be.above(0);
  });

  it('a card on its own keeps its issuer and period', async () => {
    const kpi = await loaded<HTMLElement>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    expect(part(kpi, 'meta').textContent).to.contain('义乌市总工会');
    expect(part(kpi, 'meta').textContent).to.contain('2020');
  });

  it('the figure in the quote is marked by an underline as well as a tint; the Chinese title is not italic', async () => {
    const kpi = await loaded<HTMLElement>(html`<union-kpi fact=${fact.id}></union-kpi>`);
    await openSource(kpi, part(kpi, 'source-popover'));
    const mark = part(kpi, 'source-figure');
    expect(getComputedStyle(mark).textDecorationLine).to.contain('underline');
    expect(getComputedStyle(kpi.shadowRoot!.querySelector('cite')!).fontStyle).to.equal('normal');
    part(kpi, 'source-popover').hidePopover();
  });

  it('stacked cards do not touch, and a page can set its own margin', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><union-kpi fact=${fact.id}></union-kpi><union-kpi fact=${fact.id}></union-kpi></div>`);
    const [a, b] = [...wrapper.querySelectorAll('union-kpi')];
    await waitUntil(() => settled(a!) && settled(b!));
    expect(b!.getBoundingClientRect().top - a!.getBoundingClientRect().bottom).to.be.at.least(12);
    a!.style.marginBlockEnd = '0';
    expect(b!.getBoundingClientRect().top - a!.getBoundingClientRect().bottom).to.equal(0);
  });

  for (const [tag, template] of [
    ['union-kpi', () => html`<union-kpi fact=${fact.id} src=${slowSrc()}></union-kpi>`],
    ['union-kpi-grid', () => html`<union-kpi-grid report="yiwu-2020" src=${slowSrc()}></union-kpi-grid>`],
    ['union-figure', () => html`<p>全年 <union-figure fact=${fact.id} src=${slowSrc()}></union-figure>。</p>`],
  ] as const) {
    it(`${tag}'s skeleton is a named progress bar, and axe finds nothing in it`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>${template()}</div>`);
      const el = wrapper.querySelector(tag)!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
      expect(busy.getAttribute('role')).to.equal('progressbar');
      expect(busy.getAttribute('aria-label')).to.equal('正在加载');
      await expect(wrapper).to.be.accessible();
    });
  }
});

describe('<union-figure> in running text', () => {
  const sentence = (figure: TemplateResult | string) =>
    html`<p style="width: 40em; font-size: 16px; line-height: 1.8; margin: 0" lang="zh-CN">2020年，义乌全年完成疗休养${figure}职工。</p>`;

  it('its marker is a small superscript that leaves the line height as it is', async () => {
    const plain = await fixture<HTMLElement>(sentence('3.27万名'));
    const withFigure = await fixture<HTMLElement>(sentence(html`<union-figure fact=${fact.id}></union-figure>`));
    const figure = withFigure.querySelector('union-figure')!;
    await waitUntil(() => settled(figure));
    expect(withFigure.getBoundingClientRect().height).to.equal(plain.getBoundingClientRect().height);
    const marker = part(figure, 'source-button');
    const number = part(figure, 'figure').getBoundingClientRect();
    const markerBox = marker.getBoundingClientRect();
    expect(markerBox.top + markerBox.height / 2, 'raised').to.be.below(number.top + number.height / 2 - 2);
    expect(parseFloat(getComputedStyle(marker).fontSize)).to.be.below(16);
    expect(getComputedStyle(marker).borderTopWidth).to.equal('0px');
  });

  it('adds no space after its marker: the sentence runs on', async () => {
    const p = await fixture<HTMLElement>(sentence(html`<union-figure fact=${fact.id}></union-figure>`));
    const figure = p.querySelector('union-figure')!;
    await waitUntil(() => settled(figure));
    const after = document.createRange();
    after.setStart(figure.nextSibling!, 0);
    after.setEnd(figure.nextSibling!, 1);
    const gap = after.getBoundingClientRect().left - part(figure, 'source-button').getBoundingClientRect().right;
    expect(gap).to.be.below(2);
  });

  it('its marker is still a 24 × 24 px target', async () => {
    const p = await fixture<HTMLElement>(sentence(html`<union-figure fact=${fact.id}></union-figure>`));
    const figure = p.querySelector('union-figure')!;
    await waitUntil(() => settled(figure));
    const marker = part(figure, 'source-button');
    const box = marker.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    for (const [dx, dy] of [[0, -11.5], [0, 11.5], [-Math.max(11.5, box.width / 2 - 1), 0], [Math.max(11.5, box.width / 2 - 1), 0]]) {
      expect(hit(figure, cx + dx!, cy + dy!), `${dx},${dy}`).to.equal(marker);
    }
    await expect(p).to.be.accessible();
  });
});

describe('forced colours', () => {
  const forcedColors = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
  // Chromium emulates forced colours through CDP; Firefox over WebDriver BiDi cannot.
  before(async function () {
    if (!(await forcedColors(true))) this.skip();
  });
  after(() => forcedColors(false));

  for (const [tag, template] of [
    ['union-kpi', () => html`<union-kpi fact=${fact.id} src=${slowSrc()}></union-kpi>`],
    ['union-kpi-grid', () => html`<union-kpi-grid report="yiwu-2020" src=${slowSrc()}></union-kpi-grid>`],
  ] as const) {
    it(`${tag}'s skeleton bars stay visible`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const wrapper = await fixture<HTMLElement>(html`<div>${template()}</div>`);
      const el = wrapper.querySelector(tag)!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const bars = [...el.shadowRoot!.querySelectorAll('.skeleton-bar')];
      expect(bars.length).to.be.above(2);
      for (const bar of bars) {
        const style = getComputedStyle(bar);
        const around = getComputedStyle(bar.parentElement!).backgroundColor;
        const edge = parseFloat(style.borderTopWidth) > 0 ? contrast(style.borderTopColor, around) : 1;
        const fill = contrast(style.backgroundColor, around);
        expect(Math.max(edge, fill), bar.className).to.be.at.least(3);
      }
    });
  }
});
