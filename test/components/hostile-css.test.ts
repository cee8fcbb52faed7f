import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { embeddedDataset, UnionDataset } from '../../src/dataset/index.js';
import type { UnionKpi } from '../../src/components/kpi/union-kpi.js';
import { datasetCopy, openSource, settled } from './setup.js';
import { lowestContrast, textElements } from './colors.js';

const ds = embeddedDataset();
const fact = ds.facts({ report: 'yiwu-2020', headline: true })[0]!;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

let pageStyle: HTMLStyleElement | undefined;
/** Adds a stylesheet to the page, as a hostile host would; removed after each test. */
function pageCss(text: string): void {
  pageStyle = document.createElement('style');
  pageStyle.textContent = text;
  document.head.append(pageStyle);
}
afterEach(() => pageStyle?.remove());

/** Renders a page fragment and waits until every widget in it, cards of grids included, has loaded. */
async function page(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(template);
  const widgets = () => [...wrapper.querySelectorAll('union-kpi, union-kpi-grid, union-figure')].flatMap((w) => [w, ...(w.shadowRoot?.querySelectorAll('union-kpi') ?? [])]);
  await waitUntil(() => widgets().every(settled), 'never loaded', { timeout: 8000 });
  await nextFrame();
  return wrapper;
}

/** Opens every source popover in a widget (and its cards), so that their text is measured too. */
async function openPopovers(widget: Element): Promise<void> {
  const widgets = [widget, ...widget.shadowRoot!.querySelectorAll('union-kpi')];
  await Promise.all(widgets.filter((w) => w.shadowRoot!.querySelector('[popover]')).map((w) => openSource(w)));
}

describe('hostile page CSS', () => {
  it('a global reset (*{all:unset}) leaves the grid its columns', async () => {
    pageCss('* { all: unset }');
    const wrapper = await page(html`<div style="display: block; width: 1100px"><union-kpi-grid report="jinhua-five-year"></union-kpi-grid></div>`);
    const grid = wrapper.querySelector('union-kpi-grid')!.shadowRoot!.querySelector('[part="grid"]')!;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(4);
    const card = grid.querySelector('union-kpi')!.getBoundingClientRect();
    expect(card.width).to.be.below(300);
  });

  it('html{font-size:62.5%} leaves no text under 12 px, popovers and the inline figure included', async () => {
    pageCss('html { font-size: 62.5% }');
    const wrapper = await page(html`<div>
      <union-kpi fact=${fact.id}></union-kpi>
      <union-kpi fact=${fact.id} size="s" lang="en"></union-kpi>
      <union-kpi-grid report="yiwu-2018-plenary"></union-kpi-grid>
      <p>全年完成 <union-figure fact=${fact.id}></union-figure>。</p>
    </div>`);
    const sizes: { size: number; where: string }[] = [];
    for (const widget of wrapper.querySelectorAll('union-kpi, union-kpi-grid, union-figure')) {
      await openPopovers(widget);
      for (const el of textElements(widget.shadowRoot!)) sizes.push({ size: parseFloat(getComputedStyle(el).fontSize), where: `${widget.localName} ${el.className || el.localName}` });
      widget.shadowRoot!.querySelectorAll<HTMLElement>(':popover-open').forEach((p) => p.hidePopover());
    }
    expect(sizes.length).to.be.above(20);
    const smallest = sizes.reduce((a, b) => (b.size < a.size ? b : a));
    expect(smallest.size, smallest.where).to.be.at.least(12);
  });

  it('the source button is no smaller than 12 px on an ordinary page either', async () => {
    const wrapper = await page(html`<div><union-kpi fact=${fact.id}></union-kpi></div>`);
    const button = wrapper.querySelector('union-kpi')!.shadowRoot!.querySelector('[part="source-button"]')!;
    expect(parseFloat(getComputedStyle(button).fontSize)).to.be.at.least(12);
  });

  it('*{transition:all 9s} on the page leaves every text readable at once', async () => {
    pageCss('* { transition: all 9s }');
    const wrapper = await page(html`<div style="color-scheme: dark; background: #11141a; color: #e8ebf1"><union-kpi fact=${fact.id}></union-kpi></div>`);
    const { ratio, where } = lowestContrast(wrapper.querySelector('union-kpi')!);
    expect(ratio, where).to.be.at.least(4.5);
  });

  // A dark page, a dark page by convention, and a widget told to be dark: the site's dark
  // text must bring a light surface with it, whatever the scheme.
  for (const [name, attrs, theme] of [
    ['a light page', 'color-scheme: light; background: #fff; color: #111', ''],
    ['a dark page', 'color-scheme: dark; background: #11141a; color: #e8ebf1', ''],
    ['a widget with theme="dark"', 'background: #fff; color: #111', 'dark'],
  ] as const) {
    it(`a site that sets only --union-color-text and --union-color-muted stays readable on ${name}, errors included`, async () => {
      pageCss('union-kpi, union-kpi-grid, union-figure { --union-color-text: #222; --union-color-muted: #555 }');
      const wrapper = await page(html`<div style=${attrs}>
        <union-kpi fact=${fact.id} theme=${theme}></union-kpi>
        <union-kpi fact="nope" theme=${theme}></union-kpi>
        <union-kpi-grid report="yiwu-2020" theme=${theme}></union-kpi-grid>
        <union-kpi-grid report="yiwu-2018-plenary" theme=${theme}></union-kpi-grid>
        <p>全年完成 <union-figure fact=${fact.id} theme=${theme}></union-figure>。</p>
      </div>`);
      for (const widget of wrapper.querySelectorAll('union-kpi, union-kpi-grid, union-figure')) {
        await openPopovers(widget);
        const { ratio, where } = lowestContrast(widget);
        expect(ratio, `${widget.localName}: ${where}`).to.be.at.least(4.5);
      }
    });

    it(`a site that sets only a light --union-color-surface stays readable on ${name}`, async () => {
      pageCss('union-kpi { --union-color-surface: #fdfaf0 }');
      const wrapper = await page(html`<div style=${attrs}><union-kpi fact=${fact.id} theme=${theme}></union-kpi></div>`);
      const { ratio, where } = lowestContrast(wrapper.querySelector('union-kpi')!);
      expect(ratio, where).to.be.at.least(4.5);
    });
  }

  it('*{transition:all 9s} leaves every text readable when the system switches a page that follows it', async function () {
    // Chromium only: Firefox over WebDriver BiDi cannot emulate the system scheme.
    if (!(await emulateMedia({ colorScheme: 'light' }).then(() => true, () => false))) this.skip();
    pageCss('* { transition: all 9s }');
    const wrapper = await page(html`<div style="color-scheme: light dark"><union-kpi fact=${fact.id}></union-kpi></div>`);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      await nextFrame();
      const { ratio, where } = lowestContrast(wrapper.querySelector('union-kpi')!);
      expect(ratio, where).to.be.at.least(4.5);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('the WCAG text-spacing overrides reach inside, and nothing clips or overlaps', async () => {
    pageCss(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
      p { margin-bottom: 2em !important }`);
    const wrapper = await page(html`<div style="width: 260px">
      <union-kpi fact=${fact.id}></union-kpi>
      <union-kpi fact=${fact.id} lang="en" size="l"></union-kpi>
    </div>`);
    for (const kpi of wrapper.querySelectorAll('union-kpi')) {
      const root = kpi.shadowRoot!;
      const label = root.querySelector('[part="label"]')!;
      const style = getComputedStyle(label);
      const fontSize = parseFloat(style.fontSize);
      expect(parseFloat(style.letterSpacing) / fontSize).to.be.closeTo(0.12, 0.01);
      expect(parseFloat(style.lineHeight) / fontSize).to.be.closeTo(1.5, 0.01);
      const card = root.querySelector('[part="card"]')!.getBoundingClientRect();
      const rows = ['label', 'value', 'meta'].map((name) => root.querySelector(`[part="${name}"]`)!.getBoundingClientRect());
      for (const row of rows) {
        expect(row.left).to.be.at.least(card.left);
        expect(row.right).to.be.at.most(card.right + 0.5);
        expect(row.bottom).to.be.at.most(card.bottom + 0.5);
      }
      for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.top).to.be.at.least(rows[i - 1]!.bottom - 0.5);
      // Boxes that could clip: inline boxes have no client width of their own.
      const boxes = textElements(root).filter((el) => getComputedStyle(el).display !== 'inline') as HTMLElement[];
      expect(boxes.length).to.be.above(2);
      for (const el of boxes) expect(el.scrollWidth, el.className).to.be.at.most(el.clientWidth + 1);
    }
  });

  it('a 48-character label does not scroll a 320 px page sideways', async () => {
    const label = 'Frontlineworkersoccupationalhealthexaminationsxx';
    expect(label).to.have.length(48);
    const wrapper = await page(html`<div style="width: 320px; overflow: auto"><union-kpi fact=${fact.id} label=${label} lang="en"></union-kpi></div>`);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    const card = wrapper.querySelector('union-kpi')!.shadowRoot!.querySelector('[part="card"]')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  });
});

describe('strings from data are isolated', () => {
  const RLO = '\u202e';

  /** Whether the characters of an element's first text node are drawn left to right. */
  function drawnInOrder(el: Element): boolean {
    const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!;
    const charBox = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    return charBox(0).left < charBox(text.textContent!.length - 1).left;
  }

  /** A KPI shown with a dataset that carries a right-to-left override; set directly, past the validator. */
  async function kpiWithOverride(): Promise<UnionKpi> {
    const data = datasetCopy();
    const target = data.facts.find((f) => f.quantity.approx === 'over' && f.quantity.value >= 10000)!;
    const report = data.reports.find((r) => r.id === target.report)!;
    report.issuer.zh = `${RLO}${report.issuer.zh}`;
    target.source = { ...target.source, quote: `${RLO}${target.source.quote}`, figureStart: target.source.figureStart + 1 };
    const wrapper = await page(html`<div><union-kpi fact=${target.id}></union-kpi></div>`);
    const kpi = wrapper.querySelector<UnionKpi>('union-kpi')!;
    (kpi as unknown as { loadState: unknown }).loadState = { status: 'complete', dataset: new UnionDataset(data) };
    await kpi.updateComplete;
    return kpi;
  }

  it('an RLO in an issuer does not reverse the period after it', async () => {
    const kpi = await kpiWithOverride();
    expect(drawnInOrder(kpi.shadowRoot!.querySelector('.source-line bdi:last-of-type')!)).to.equal(true);
  });

  it('an RLO in a quote does not reverse the figure marked in it', async () => {
    const kpi = await kpiWithOverride();
    await openSource(kpi);
    const mark = kpi.shadowRoot!.querySelector('[part="source-figure"]')!;
    expect(mark.textContent!.length).to.be.above(2);
    expect(drawnInOrder(mark)).to.equal(true);
  });
});
