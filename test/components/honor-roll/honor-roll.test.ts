import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { embeddedDataset, entryLine } from '../../../src/dataset/index.js';
import { HONOR_LEVELS, HONOREE_KINDS } from '../../../src/dataset/types.js';
import { PAGE_SIZE } from '../../../src/components/honor-roll/roll-view.js';
import { levelName } from '../../../src/components/base/level-words.js';
import { contrast } from '../colors.js';
import { datasetCopy, nextExport, serve } from '../setup.js';
import { all, choose, groups, names, one, roll, search } from './helpers.js';

const ds = embeddedDataset();
const rolls = ds.honorRolls();
const entryCount = rolls.reduce((n, r) => n + r.entries.length, 0);
const beautiful = rolls.find((r) => r.id === 'yiwu-2018-plenary.most-beautiful-workers')!;

describe('<union-honor-roll> grouping and entries', () => {
  it('groups a report’s rolls by award, with level badge, conferring body, year and count', async () => {
    const el = await roll(html`<union-honor-roll report="yiwu-2018-plenary"></union-honor-roll>`);
    const expected = ds.honorRolls({ report: 'yiwu-2018-plenary' });
    // Paged: the groups on page 1 are the first rolls, in dataset order.
    const shown = groups(el);
    expect(shown.length).to.be.at.least(2);
    shown.forEach((g, i) => {
      const r = expected[i]!;
      expect(g.heading).to.contain(r.award.zh);
      expect(g.heading).to.contain(levelName(r.level, 'zh-CN'));
      expect(g.meta).to.contain(r.issuer!.zh);
      expect(g.meta).to.contain(`${r.year}年`);
      expect(g.meta).to.contain(`${r.entries.length}${r.entries.every((e) => e.kind === 'person') ? '人' : '个'}`);
    });
    expect(one(el, '[part="status"]').textContent).to.contain(String(expected.reduce((n, r) => n + r.entries.length, 0)));
  });

  it('shows the 10 最美职工, each with the workplace beside the name, in printed order', async () => {
    const el = await roll(html`<union-honor-roll report="yiwu-2018-plenary" award="最美职工"></union-honor-roll>`);
    expect(groups(el)).to.have.length(1);
    const entries = all(el, '.entry');
    expect(entries).to.have.length(10);
    expect(beautiful.entries).to.have.length(10);
    entries.forEach((li, i) => {
      expect(li.querySelector('.name')!.textContent).to.equal(beautiful.entries[i]!.name);
      expect(li.querySelector('.workplace')!.textContent).to.equal(beautiful.entries[i]!.workplace);
    });
    expect(groups(el)[0]!.meta).to.contain('10人');
  });

  it('marks a project or case award, and shows an organisation by name alone', async () => {
    const el = await roll(html`<union-honor-roll report="jinhua-five-year" level="national"></union-honor-roll>`);
    const projects = ds.honorRolls({ report: 'jinhua-five-year', level: 'national' }).flatMap((r) => r.entries).filter((e) => e.kind === 'project');
    expect(projects.length).to.be.greaterThan(0);
    expect(all(el, '.entry.project')).to.have.length(projects.length);
    for (const li of all(el, '.entry.project')) expect(li.querySelector('[part="kind-badge"]')!.textContent).to.equal('项目或案例');
    const org = await roll(html`<union-honor-roll report="yiwu-2018-plenary" award="五星级"></union-honor-roll>`);
    expect(all(org, '.entry.organisation').length).to.be.greaterThan(0);
    expect(all(org, '.entry .workplace')).to.have.length(0);
  });

  it('colours each level’s badge from the level tokens, readable in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await roll(html`<union-honor-roll theme=${theme} layout="list"></union-honor-roll>`);
      const badges = new Map(all(el, '[part="level-badge"]').map((b) => [[...b.classList].find((c) => (HONOR_LEVELS as readonly string[]).includes(c))!, b]));
      const colours = new Set<string>();
      for (const [level, badge] of badges) {
        const style = getComputedStyle(badge);
        colours.add(style.backgroundColor);
        expect(contrast(style.color, style.backgroundColor), `${theme} ${level}`).to.be.at.least(4.5);
      }
      expect(colours.size).to.equal(badges.size);
    }
  });

  it('opens each entry’s source on the line it is printed on, the name marked; Esc returns focus', async () => {
    const el = await roll(html`<union-honor-roll report="jinhua-five-year" award="全国劳动模范"></union-honor-roll>`);
    const entry = ds.honorRolls({ report: 'jinhua-five-year' }).find((r) => r.award.zh === '全国劳动模范')!.entries[0]!;
    const button = one(el, '.entry [part="source-button"]');
    expect(button.getAttribute('aria-label')).to.contain(entry.name);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const popover = one(el, '[part="source-popover"]');
    await waitUntil(() => popover.matches(':popover-open'), 'the source never opened');
    await el.updateComplete;
    expect(popover.querySelector('blockquote')!.textContent!.replace(/\s+/g, '')).to.equal(entryLine(entry).quote.replace(/\s+/g, ''));
    expect(popover.querySelector('mark')!.textContent).to.equal(entry.name);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.matches(':popover-open'));
    await waitUntil(() => el.shadowRoot!.activeElement === button, 'focus did not return to the entry’s source button');
  });

  it('gives every entry a source button the keyboard reaches', async () => {
    const el = await roll(html`<union-honor-roll report="yiwu-2018-plenary"></union-honor-roll>`);
    const entries = all(el, '.entry');
    const buttons = all<HTMLButtonElement>(el, '.entry [part="source-button"]');
    expect(buttons).to.have.length(entries.length);
    for (const b of buttons) expect(b.tabIndex).to.equal(0);
    one<HTMLInputElement>(el, 'input[type="search"]').focus();
    for (const name of ['level', 'year', 'report', 'kind']) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal(name);
    }
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
  });

  it('renders markup in a user dataset’s names and workplaces as text', async () => {
    const data = datasetCopy();
    const target = data.honorRolls[0]!;
    target.entries[0] = { ...target.entries[0]!, name: '<img src=x onerror="window.pwned=1">', workplace: '<b>bold</b>' };
    const el = await roll(html`<union-honor-roll src=${serve(data)} award=${target.id}></union-honor-roll>`);
    expect(el.shadowRoot!.querySelector('.entry img, .entry b')).to.equal(null);
    expect(one(el, '.entry .name').textContent).to.equal('<img src=x onerror="window.pwned=1">');
    expect(one(el, '.entry .workplace').textContent).to.equal('<b>bold</b>');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<union-honor-roll> search', () => {
  it('finds 丁思诗 however the spaces and widths are typed, marks the match and announces the count', async () => {
    for (const query of ['丁 思 诗', '丁　思　诗', '丁思诗', ' 丁思 诗 ']) {
      const el = await roll(html`<union-honor-roll query=${query}></union-honor-roll>`);
      expect(names(el), query).to.deep.equal(['丁思诗']);
      expect(one(el, '.entry mark').textContent).to.equal('丁思诗');
      const status = one(el, '[part="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent).to.contain(`找到 1 条（共 ${entryCount} 条）`);
    }
  });

  it('searches workplaces too, full-width letters and digits as half-width', async () => {
    const el = await roll(html`<union-honor-roll query="稠江中学"></union-honor-roll>`);
    const match = beautiful.entries.find((e) => e.workplace?.includes('稠江中学'))!;
    expect(names(el)).to.deep.equal([match.name]);
    expect(one(el, '.entry .workplace mark').textContent).to.equal('稠江中学');
    const data = datasetCopy();
    data.honorRolls[0]!.entries[0] = { ...data.honorRolls[0]!.entries[0]!, name: 'ＱＣ小组２号' };
    const wide = await roll(html`<union-honor-roll src=${serve(data)} query="qc小组2"></union-honor-roll>`);
    expect(names(wide)).to.deep.equal(['ＱＣ小组２号']);
  });

  it('filters as the reader types, and reflects the query as an attribute', async () => {
    const el = await roll(html`<union-honor-roll lang="en"></union-honor-roll>`);
    one<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: '王' });
    await el.updateComplete;
    const wang = rolls.flatMap((r) => r.entries).filter((e) => e.name.includes('王') || e.workplace?.includes('王'));
    expect(names(el)).to.have.length(wang.length);
    expect(el.getAttribute('query')).to.equal('王');
    expect(one(el, '[part="status"]').textContent).to.contain(`${wang.length} of ${entryCount} entries`);
  });

  it('says when nothing matches, and its button clears the filters', async () => {
    const el = await roll(html`<union-honor-roll level="national" query="没有这个人"></union-honor-roll>`);
    const empty = one(el, '[part="empty"]');
    expect(empty.textContent).to.contain('没有符合筛选条件的条目');
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('query')).to.equal(false);
    expect(el.hasAttribute('level')).to.equal(false);
    expect(names(el)).to.have.length(PAGE_SIZE);
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('input[type="search"]'), 'focus did not move to the search box');
  });
});

describe('<union-honor-roll> filters, as controls and as attributes', () => {
  const entriesOf = (pick: (r: (typeof rolls)[number]) => boolean, kind?: string) =>
    rolls.filter(pick).flatMap((r) => r.entries.filter((e) => !kind || e.kind === kind).map((e) => e.name));

  const cases: [string, string, string[]][] = [
    ['level', 'national', entriesOf((r) => r.level === 'national')],
    ['year', '2020', entriesOf((r) => r.year === 2020)],
    ['report', 'wuyi-five-year', entriesOf((r) => r.report === 'wuyi-five-year')],
    ['kind', 'project', entriesOf(() => true, 'project')],
  ];

  for (const [name, value, expected] of cases) {
    it(`${name}: the attribute and the control show the same entries`, async () => {
      expect(expected.length).to.be.greaterThan(0);
      expect(expected.length).to.be.at.most(PAGE_SIZE);
      const byAttribute = await roll(html`<union-honor-roll layout="list" .level=${name === 'level' ? value : null} .year=${name === 'year' ? value : null} .report=${name === 'report' ? value : null} .kind=${name === 'kind' ? value : null}></union-honor-roll>`);
      expect(names(byAttribute)).to.deep.equal(expected);
      expect(byAttribute.getAttribute(name)).to.equal(value);
      expect(one<HTMLSelectElement>(byAttribute, `select[name="${name}"]`).value).to.equal(value);
      const byControl = await roll(html`<union-honor-roll layout="list"></union-honor-roll>`);
      await choose(byControl, name, value);
      expect(names(byControl)).to.deep.equal(expected);
      expect(byControl.getAttribute(name), 'the control reflects the attribute').to.equal(value);
      await choose(byControl, name, '');
      expect(byControl.hasAttribute(name)).to.equal(false);
    });
  }

  it('award: one list alone, by a part of its name or by its id', async () => {
    const byName = await roll(html`<union-honor-roll report="yiwu-2018-plenary" award="最美职工"></union-honor-roll>`);
    const byId = await roll(html`<union-honor-roll award="yiwu-2018-plenary.most-beautiful-workers"></union-honor-roll>`);
    expect(names(byName)).to.deep.equal(beautiful.entries.map((e) => e.name));
    expect(names(byId)).to.deep.equal(names(byName));
  });

  it('offers every level, kind, and year and report that has a roll', async () => {
    const el = await roll(html`<union-honor-roll></union-honor-roll>`);
    const options = (name: string) => all<HTMLOptionElement>(el, `select[name="${name}"] option`).map((o) => o.value).filter(Boolean);
    expect(options('level')).to.deep.equal([...HONOR_LEVELS]);
    expect(options('kind')).to.deep.equal([...HONOREE_KINDS]);
    expect(options('report')).to.have.members([...new Set(rolls.map((r) => r.report))]);
    expect(options('year').map(Number)).to.have.members([...new Set(rolls.flatMap((r) => (r.year ? [r.year] : [])))]);
  });
});

describe('<union-honor-roll> layouts and paging', () => {
  it('lays entries out as a list, cards or a table with headers', async () => {
    const list = await roll(html`<union-honor-roll report="yiwu-2018-plenary" award="最美职工" layout="list"></union-honor-roll>`);
    expect(all(list, 'ul.entries.list > li.entry')).to.have.length(10);
    const cards = await roll(html`<union-honor-roll report="yiwu-2018-plenary" award="最美职工" layout="cards"></union-honor-roll>`);
    expect(all(cards, 'ul.entries.cards > li.entry')).to.have.length(10);
    expect(getComputedStyle(one(cards, 'ul.entries')).display).to.equal('grid');
    const table = await roll(html`<union-honor-roll report="yiwu-2018-plenary" award="最美职工" layout="table"></union-honor-roll>`);
    expect(all(table, 'table thead th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(['名称', '单位', '类别', '来源']);
    expect(all(table, 'tbody th[scope="row"] .name').map((n) => n.textContent)).to.deep.equal(beautiful.entries.map((e) => e.name));
    expect(all(table, 'h3')).to.have.length(1);
  });

  it('fits its width by default: cards in a wide column, a list in a narrow one', async () => {
    const wide = await roll(html`<union-honor-roll style="width: 1000px" report="yiwu-2018-plenary"></union-honor-roll>`);
    await waitUntil(() => el(wide, 'ul.entries.cards'), 'no cards at 1000 px');
    const narrow = await roll(html`<union-honor-roll style="width: 340px" report="yiwu-2018-plenary"></union-honor-roll>`);
    await waitUntil(() => el(narrow, 'ul.entries.list'), 'no list at 340 px');
    wide.style.width = '340px';
    await waitUntil(() => el(wide, 'ul.entries.list'), 'the default did not follow the width');
  });

  it(`pages long rolls by ${PAGE_SIZE}, and a new filter starts on page 1`, async () => {
    const el = await roll(html`<union-honor-roll layout="list"></union-honor-roll>`);
    const everyName = rolls.flatMap((r) => r.entries.map((e) => e.name));
    const pages = Math.ceil(everyName.length / PAGE_SIZE);
    expect(names(el)).to.deep.equal(everyName.slice(0, PAGE_SIZE));
    expect(one(el, '[part="pager"]').textContent).to.contain(`第 1 页，共 ${pages} 页`);
    const [previous, next] = all<HTMLButtonElement>(el, '[part="pager"] button');
    expect(previous!.disabled).to.equal(true);
    next!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(everyName.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    expect(one(el, '[part="pager"]').textContent).to.contain(`第 2 页，共 ${pages} 页`);
    await search(el, '义乌');
    expect(one(el, '[part="pager"]')?.textContent ?? '').not.to.contain('第 2 页');
  });
});

const el = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector) !== null;

describe('<union-honor-roll> CSV', () => {
  it('downloads the filtered entries as CSV with a BOM: award, level, year, issuer, kind, name, workplace, report, quote', async () => {
    const roll1 = await roll(html`<union-honor-roll lang="en" report="yiwu-2018-plenary" award="最美职工"></union-honor-roll>`);
    const items = () => all(roll1, '[role="menuitem"]').map((b) => b.textContent!.trim());
    expect(items()).to.deep.equal(['Download CSV data', 'Copy embed code']);
    const file = nextExport(roll1);
    all<HTMLButtonElement>(roll1, '[role="menuitem"]')[0]!.click();
    const detail = await file;
    expect(detail.filename).to.match(/\.csv$/);
    const text = await detail.blob.text();
    const bytes = new Uint8Array(await detail.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).to.equal('award,level,year,issuer,kind,name,workplace,report,quote');
    expect(lines).to.have.length(11);
    const report = ds.report('yiwu-2018-plenary');
    const first = beautiful.entries[0]!;
    expect(lines[1]).to.equal([beautiful.award.zh, 'County', '2018', beautiful.issuer!.zh, 'Person', first.name, first.workplace, report.ok ? report.value.title : '', entryLine(first).quote].map((v) => (/[",]/.test(v!) ? `"${v!.replace(/"/g, '""')}"` : v)).join(','));
  });

  it('writes every entry of the filter, not only the page shown', async () => {
    const el2 = await roll(html`<union-honor-roll></union-honor-roll>`);
    const file = nextExport(el2);
    all<HTMLButtonElement>(el2, '[role="menuitem"]')[0]!.click();
    const lines = (await (await file).blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).to.contain('荣誉,级别,年份,授予单位,类别,名称,单位,报告,原文');
    expect(lines.length - 1).to.equal(entryCount);
  });
});

describe('<union-honor-roll> print', () => {
  // Firefox runs over WebDriver BiDi, which cannot emulate print media: there the test sends
  // the print events and reads the print rules from the roll's own stylesheet.
  const emulate = (media: 'print' | 'screen') => emulateMedia({ media }).then(() => true, () => false);
  afterEach(async () => {
    await emulate('screen');
    dispatchEvent(new Event('afterprint'));
  });

  it('prints every entry of the current filter, with the printed lines and without the controls', async () => {
    const el = await roll(html`<union-honor-roll level="county" layout="list"></union-honor-roll>`);
    const county = ds.honorRolls({ level: 'county' }).flatMap((r) => r.entries);
    expect(county.length).to.be.greaterThan(PAGE_SIZE);
    expect(names(el)).to.have.length(PAGE_SIZE);
    if (await emulate('print')) {
      await waitUntil(() => names(el).length === county.length, 'print did not render every entry');
      for (const selector of ['[part="filters"]', '.toolbar', '[part="source-button"]']) expect(getComputedStyle(one(el, selector)).display, selector).to.equal('none');
      expect(getComputedStyle(one(el, '.award-source')).display).to.equal('block');
      const inline = all(el, '.entry .print-line');
      for (const line of inline) expect(getComputedStyle(line).display).to.equal('block');
    } else {
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(names(el)).to.have.length(county.length);
      const rules = (el.shadowRoot!.adoptedStyleSheets ?? []).flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
      const text = rules.map((r) => r.cssText).join('\n');
      expect(text).to.match(/\.filters[^{]*\.toolbar[^{]*\.pager[^{]*\.source-button[^{]*\{[^}]*display: none/);
      expect(text).to.match(/\.print-line[^{]*\{[^}]*display: block/);
    }
    expect(el.shadowRoot!.querySelector('[part="pager"]')).to.equal(null);
    dispatchEvent(new Event('afterprint'));
    await emulate('screen');
    await waitUntil(() => names(el).length === PAGE_SIZE, 'the screen did not go back to pages');
  });
});
