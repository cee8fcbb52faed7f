// Renders every story of every stories file as Storybook would (args, render, decorators)
// and checks that each shows the state it is named for: an error story its error state, a
// Loading story its skeleton, an Empty story its empty message, every other story its content.
// The stories were only built in CI, never rendered, so two bar-chart stories showed the
// error state for weeks; this test is what renders them.
//
// Assertions compare text, not elements: a failing comparison of an element makes the test runner lose the browser.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
// What .storybook/preview.ts loads for every story: the three tags that the kpi, grid and
// figure stories use without importing them.
import '../../src/define/union-kpi.js';
import '../../src/define/union-kpi-grid.js';
import '../../src/define/union-figure.js';
import { rollWords } from '../../src/components/honor-roll/words.js';
import type { Locale } from '../../src/format/locale.js';
import { settled } from '../components/setup.js';
import zhejiangTopo from '../../data/geo/zhejiang.topo.json';
import * as kpi from '../../stories/union-kpi.stories.js';
import * as grid from '../../stories/union-kpi-grid.stories.js';
import * as figure from '../../stories/union-figure.stories.js';
import * as barChart from '../../stories/union-bar-chart.stories.js';
import * as countyMap from '../../stories/union-county-map.stories.js';
import * as honorRoll from '../../stories/union-honor-roll.stories.js';

/** What a story must show. */
type Expect =
  /**
   * Its content, and no error state. `warns`: a console warning it must also give.
   * `axeIgnores`: axe rules the story breaks on purpose, outside the widget's reach.
   */
  | { kind: 'draws'; warns?: string; axeIgnores?: string[] }
  /** The skeleton (aria-busy="true"), still, after a while; never an error. */
  | { kind: 'loading' }
  /** The error state, settled, with text that holds each of `says` (the attribute or URL at fault). */
  | { kind: 'error'; says: string[] }
  /** The widget's message for a selection with nothing in it (see EMPTY_STATES), holding `says`. */
  | { kind: 'empty'; says: string }
  /** No widget: a frame holding an undefined widget's fallback text (BeforeTheScript). */
  | { kind: 'before-script' };

const draws: Expect = { kind: 'draws' };
const loading: Expect = { kind: 'loading' };
/** The stories of the KPI and the grid on pages that fight back (states.ts): each draws. */
const ON_HOSTILE_PAGES: Record<string, Expect> = {
  OnADarkPage: draws,
  OnAPageMarkedDark: draws,
  OnALightPageOnADarkSystem: draws,
  PageThatFightsBack: draws,
  PartialTokens: draws,
  TextSpacing: draws,
};
const error = (...says: string[]): Expect => ({ kind: 'error', says });
/** A dataset that breaks the schema (BAD_DATASET, served by the storyNetwork decorator), not a failed request. */
const schemaError = error('union-viz', 'bad-dataset.json');
const empty = (says: string): Expect => ({ kind: 'empty', says });

/**
 * Every story of every file, with what it must show. A story missing here fails the test:
 * add it, with the state its name promises.
 */
const STORIES: Record<string, { module: Record<string, unknown>; stories: Record<string, Expect> }> = {
  'union-kpi.stories.ts': {
    module: kpi,
    stories: {
      Default: draws,
      English: draws,
      Dark: draws,
      DarkEnglish: draws,
      OverQualifier: draws,
      FullNotation: draws,
      Small: draws,
      Large: draws,
      ByMetricAndRegion: draws,
      LabelOverride: draws,
      Loading: loading,
      UnknownFact: error('“fact”'),
      UnknownFactEnglish: error('“fact”'),
      MissingAttributes: error('“fact”'),
      // An unsupported lang is not an error state: the card falls back to Chinese and warns.
      // The page's own lang="xx" on the tag is what axe's valid-lang rule flags: the story's
      // point, not the widget's doing.
      InvalidLang: { kind: 'draws', warns: 'attribute "lang" has value "xx"', axeIgnores: ['valid-lang'] },
      NotFound404: error('HTTP 404', 'missing-dataset.json'),
      SchemaError: schemaError,
      ErrorDark: error('“fact”'),
      ...ON_HOSTILE_PAGES,
      LongLabel: draws,
      LoadingDarkPage: loading,
    },
  },
  'union-kpi-grid.stories.ts': {
    module: grid,
    stories: {
      Jinhua: draws,
      Yiwu2020: draws,
      Jiande: draws,
      Wuyi: draws,
      Plenary: draws,
      English: draws,
      Dark: draws,
      Sidebar: draws,
      AllFacts: draws,
      ByCategory: draws,
      Loading: loading,
      UnknownReport: error('“report”'),
      BadCategory: error('“category”'),
      ...ON_HOSTILE_PAGES,
      BeforeTheScript: { kind: 'before-script' },
    },
  },
  'union-figure.stories.ts': {
    module: figure,
    stories: {
      InText: draws,
      English: draws,
      Dark: draws,
      Loading: loading,
      UnknownFact: error('“fact”'),
      OnADarkPage: draws,
      OnAPageMarkedDark: draws,
      PageThatFightsBack: draws,
      PartialTokens: draws,
      TextSpacing: draws,
    },
  },
  'union-bar-chart.stories.ts': {
    module: barChart,
    stories: {
      JinhuaHonours: draws,
      WuyiHonours: draws,
      SortedByValue: draws,
      SmallMultiples: draws,
      OpenEnds: draws,
      AcrossReports: draws,
      DefinitionsDiffer: draws,
      MetricsList: draws,
      ZeroInWords: draws,
      English: draws,
      Dark: draws,
      DarkEnglish: draws,
      Narrow: draws,
      Loading: loading,
      Empty: empty('“culture”'),
      UnknownReport: error('“report”'),
      BadDataset: schemaError,
      BadGroup: error('“group”'),
    },
  },
  'union-county-map.stories.ts': {
    module: countyMap,
    stories: {
      ReportingRegions: draws,
      JinhuaZoom: draws,
      Choropleth: draws,
      ChoroplethZoomed: draws,
      FewerThanTwoRegions: draws,
      English: draws,
      Dark: draws,
      DarkEnglishChoropleth: draws,
      Narrow: draws,
      WithApproval: draws,
      Loading: loading,
      BadDataset: schemaError,
      UnknownFocus: error('“focus”'),
      UnknownMetric: error('“metric”'),
      GeoSrcMissing: error('HTTP 404', '“geo-src”', 'missing.topo.json'),
      GeoSrcNotTopoJson: error('TopoJSON', '“geo-src”'),
    },
  },
  'union-honor-roll.stories.ts': {
    module: honorRoll,
    stories: {
      YiwuLists: draws,
      MostBeautifulWorkers: draws,
      EveryReport: draws,
      National: draws,
      ProjectsAndCases: draws,
      Year2020: draws,
      Search: draws,
      SearchWorkplace: draws,
      Empty: empty(''),
      List: draws,
      Cards: draws,
      Table: draws,
      English: draws,
      Dark: draws,
      DarkEnglish: draws,
      Narrow: draws,
      Loading: loading,
      BadDataset: schemaError,
      UnknownReport: error('“report”'),
      UnknownAward: error('“award”'),
      BadLevel: error('“level”'),
      BadYear: error('“year”'),
      BadLayout: error('“layout”'),
      // A dataset whose roll has no entries is a broken dataset: the error state names it (empty-roll).
      RollWithNoEntries: error('“src”'),
    },
  },
};

/** What each widget draws when it has its data: a check that returns a complaint, or ''. */
const CONTENT: Record<string, (root: ShadowRoot) => string> = {
  'union-kpi': (root) => (text(root, '[part="value"]') ? '' : 'no [part="value"] with text'),
  'union-kpi-grid': (root) =>
    root.querySelectorAll('[part="grid"] > li').length > 0 && root.querySelectorAll('[part="grid"] union-kpi, [part="roll-card"]').length > 0
      ? ''
      : 'no [part="grid"] of cards',
  'union-figure': (root) => (text(root, '[part="figure"]') ? '' : 'no [part="figure"] with text'),
  'union-bar-chart': (root) => (root.querySelectorAll('svg.chart .mark').length > 0 ? '' : 'no .mark in svg.chart'),
  'union-county-map': (root) => (root.querySelectorAll('svg.map g.counties path').length > 0 ? '' : 'no county path in svg.map'),
  'union-honor-roll': (root) => (root.querySelectorAll('.entry').length > 0 && text(root, '.entry .name') ? '' : 'no .entry with a name'),
};

/**
 * What each widget shows for a selection with nothing in it. The bar chart shows its error
 * state with the 'empty' problem ("数据中没有与“…”相符的内容"); the honour roll keeps its
 * filters and shows [part="empty"] with a button that clears them.
 */
const EMPTY_STATES: Record<string, { selector: string; words: (locale: Locale) => string }> = {
  'union-bar-chart': { selector: '[part="error"]', words: (locale) => (locale === 'en' ? 'Nothing in the dataset matches' : '数据中没有与') },
  'union-honor-roll': { selector: '[part="empty"]', words: (locale) => rollWords(locale).empty },
};

/**
 * Static JSON files that stories fetch by URL (the map's WithApproval story: its `geo-src`).
 * Storybook (Vite) serves them as files; this test's server (web-test-runner with esbuild's
 * json loader) serves every .json file as a JS module, so the test answers for them with the
 * file's JSON, as Storybook would.
 */
const STATIC_JSON: Record<string, unknown> = { '/data/geo/zhejiang.topo.json': zhejiangTopo };

/** Answers for STATIC_JSON over whatever fetch the story's decorators set up. */
function serveStaticJson(): void {
  const next = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), document.baseURI);
    const body = url.origin === location.origin ? STATIC_JSON[url.pathname] : undefined;
    if (body === undefined) return next(input, init);
    return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  };
}

const SETTLE_MS = 8000;
/** How long a Loading story must stay busy: well past the widgets' 200 ms skeleton delay. */
const STILL_LOADING_MS = 1000;

function text(root: ParentNode, selector: string): string {
  return (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The union-* elements in a subtree, with those inside their shadow roots (a grid's cards). */
function widgetsIn(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!el.localName.startsWith('union-')) continue;
    found.push(el);
    if (el.shadowRoot) found.push(...widgetsIn(el.shadowRoot));
  }
  return found;
}

/** The widgets a story itself renders (not those a widget renders inside itself). */
function topWidgets(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('union-'));
}

const name = (el: Element) => `<${el.localName}>`;
const localeOf = (el: Element): Locale => (el as Element & { locale: Locale }).locale;

type Story = { args?: Record<string, unknown>; render?: Render; decorators?: Decorator[]; parameters?: Record<string, unknown>; argTypes?: Record<string, unknown>; name?: string };
type Meta = Story & { title?: string; component?: string; excludeStories?: string[] | RegExp; includeStories?: string[] | RegExp };
type Context = { args: Record<string, unknown>; [key: string]: unknown };
type Render = (args: Record<string, unknown>, context: Context) => TemplateResult;
type Decorator = (story: (update?: Partial<Context>) => TemplateResult, context: Context) => TemplateResult;

const matches = (rule: string[] | RegExp, key: string) => (Array.isArray(rule) ? rule.includes(key) : rule.test(key));

/** The stories of a CSF module: every named export, less those its meta excludes. */
function storiesOf(module: Record<string, unknown>): string[] {
  const meta = module['default'] as Meta;
  return Object.keys(module).filter(
    (key) => key !== 'default' && (!meta.includeStories || matches(meta.includeStories, key)) && (!meta.excludeStories || !matches(meta.excludeStories, key)),
  );
}

/**
 * A story as Storybook renders it: args merged over the meta's, the story's render or the
 * meta's, decorated by the story's decorators (innermost) then the meta's, each decorator
 * called with the next one and the context, as Storybook's defaultDecorateStory does.
 */
function composeStory(module: Record<string, unknown>, key: string): TemplateResult {
  const meta = module['default'] as Meta;
  const story = module[key] as Story;
  const args = { ...meta.args, ...story.args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${key}: no render function in the story or its meta`);
  let context: Context = {
    args,
    initialArgs: { ...args },
    argTypes: { ...meta.argTypes, ...story.argTypes },
    parameters: { ...meta.parameters, ...story.parameters },
    id: `${String(meta.title).toLowerCase().replace(/[^a-z0-9]+/g, '-')}--${key.toLowerCase()}`,
    name: story.name ?? key,
    title: meta.title,
    component: meta.component,
    globals: {},
    loaded: {},
    viewMode: 'story',
  };
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  const storyFn = decorators.reduce<(c: Context) => TemplateResult>(
    (inner, decorator) => (c) =>
      decorator((update) => {
        context = { ...context, ...update };
        return inner(context);
      }, c),
    (c) => render(c.args, c),
  );
  return storyFn(context);
}

/** Waits until the story's widgets, and the widgets inside them, have left their skeletons. */
async function settle(root: Element): Promise<void> {
  await waitUntil(() => widgetsIn(root).every(settled), 'a widget never left its loading state', { timeout: SETTLE_MS });
  await Promise.all(widgetsIn(root).map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
}

/** The states each widget shows, as text: one line per widget, for a readable failure. */
function states(root: Element): string {
  return widgetsIn(root)
    .map((el) => `${name(el)}: ${el.shadowRoot?.querySelector('[aria-busy="true"]') ? 'busy' : el.shadowRoot?.querySelector('[part="error"]') ? `error “${text(el.shadowRoot!, '[part="error"]')}”` : 'drawn'}`)
    .join('; ');
}

async function check(root: Element, expected: Expect): Promise<void> {
  if (expected.kind === 'before-script') {
    const frame = root.querySelector('iframe');
    expect(frame ? 'iframe' : 'nothing', 'the story renders a frame').to.equal('iframe');
    await waitUntil(() => frame!.contentDocument?.readyState === 'complete' && !!frame!.contentDocument.querySelector('union-kpi-grid'), 'the frame never loaded', { timeout: SETTLE_MS });
    const doc = frame!.contentDocument!;
    const el = doc.querySelector('union-kpi-grid')!;
    expect(String(frame!.contentWindow!.customElements.get('union-kpi-grid')), 'the frame defines no widget').to.equal('undefined');
    expect(el.matches(':not(:defined)'), 'the grid matches :not(:defined)').to.equal(true);
    expect((el.textContent ?? '').trim()).to.equal('金华市总工会五年工作回眸');
    const box = el.getBoundingClientRect();
    const em = parseFloat(getComputedStyle(el).fontSize);
    expect(Math.round(box.height), 'the fallback box keeps the min-height of 22em').to.be.at.least(Math.floor(22 * em));
    return;
  }

  const widgets = topWidgets(root);
  expect(widgets.length, 'widgets the story renders').to.be.at.least(1);
  for (const el of widgets) {
    expect(customElements.get(el.localName) ? 'defined' : 'undefined', `${name(el)} is defined (is its define file imported by the story or the preview?)`).to.equal('defined');
  }

  if (expected.kind === 'loading') {
    await new Promise((resolve) => setTimeout(resolve, STILL_LOADING_MS));
    for (const el of widgets) {
      const root = el.shadowRoot;
      expect(root?.querySelector('[part="error"]') ? `error “${text(root, '[part="error"]')}”` : 'no error', `${name(el)} shows no error`).to.equal('no error');
      expect(root?.querySelector('[aria-busy="true"]') ? 'busy' : states(el.parentElement!), `${name(el)} is still busy after ${STILL_LOADING_MS} ms`).to.equal('busy');
    }
    return;
  }

  try {
    await settle(root);
  } catch (e) {
    throw new Error(`${(e as Error).message}: ${states(root)}`);
  }

  if (expected.kind === 'error') {
    for (const el of widgets) {
      const message = text(el.shadowRoot!, '[part="error"]');
      expect(message ? 'error state' : states(el.parentElement!), `${name(el)} shows its error state, with text`).to.equal('error state');
      for (const says of expected.says) expect(message, `${name(el)}'s error names what is wrong`).to.contain(says);
    }
    return;
  }

  if (expected.kind === 'empty') {
    for (const el of widgets) {
      const state = EMPTY_STATES[el.localName];
      if (!state) throw new Error(`no empty state is known for ${name(el)}: add it to EMPTY_STATES`);
      const message = text(el.shadowRoot!, state.selector);
      expect(message, `${name(el)} shows its empty message (${state.selector}), not a blank box; it shows ${states(el.parentElement!)}`).to.contain(state.words(localeOf(el)));
      expect(message).to.contain(expected.says);
    }
    return;
  }

  // Draws: every widget, and every widget inside one, shows its content and no error.
  for (const el of widgetsIn(root)) {
    const shadow = el.shadowRoot!;
    const error = shadow.querySelector('[part="error"]');
    expect(error ? `error “${text(shadow, '[part="error"]')}”` : 'no error', `${name(el)} shows no error`).to.equal('no error');
    const content = CONTENT[el.localName];
    if (!content) throw new Error(`no content check is known for ${name(el)}: add it to CONTENT`);
    expect(content(shadow), `${name(el)} draws its content`).to.equal('');
  }
}

const bodyStyle = () => document.body.getAttribute('style');

for (const [file, { module, stories }] of Object.entries(STORIES)) {
  describe(`stories/${file}`, function () {
    this.timeout(30000);
    let realFetch: typeof fetch;
    let style: string | null;
    let warnings: string[];
    let realWarn: typeof console.warn;

    beforeEach(() => {
      // Decorators change the page (storyNetwork replaces fetch, darkPage colours the body):
      // each story starts from the page as it was, as a story would in a fresh Storybook frame.
      realFetch = globalThis.fetch;
      style = bodyStyle();
      warnings = [];
      realWarn = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
      };
    });

    afterEach(() => {
      globalThis.fetch = realFetch;
      if (style === null) document.body.removeAttribute('style');
      else document.body.setAttribute('style', style);
      console.warn = realWarn;
    });

    const exported = storiesOf(module);

    it('lists every story in the table, and no story that is gone', () => {
      const unlisted = exported.filter((key) => !(key in stories));
      expect(unlisted.join(', '), `stories with no stated kind: add them to STORIES['${file}'] in test/stories/stories-render.test.ts`).to.equal('');
      const gone = Object.keys(stories).filter((key) => !exported.includes(key));
      expect(gone.join(', '), `stories in STORIES['${file}'] that the file no longer exports`).to.equal('');
    });

    for (const key of exported) {
      const expected = stories[key];
      if (!expected) {
        it(`${key}: has a stated kind`, () => {
          throw new Error(`story ${key} of stories/${file} has no stated kind: add it to STORIES['${file}'] in test/stories/stories-render.test.ts`);
        });
        continue;
      }
      it(`${key} ${expected.kind === 'draws' ? 'draws its content' : expected.kind === 'error' ? 'shows its error state' : `is ${expected.kind}`}`, async () => {
        const story = composeStory(module, key);
        serveStaticJson();
        const root = await fixture<HTMLElement>(html`<div class="story-root">${story}</div>`);
        await check(root, expected);
        if (expected.kind === 'draws' && expected.warns) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(warnings.join('\n')).to.contain(expected.warns);
        }
        if (expected.kind !== 'loading') await expect(root).to.be.accessible(expected.kind === 'draws' && expected.axeIgnores ? { ignoredRules: expected.axeIgnores } : {});
      });
    }
  });
}
