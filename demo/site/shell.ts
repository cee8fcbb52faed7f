// The frame every page of the site shares: the language and theme read from the URL
// (?lang=en&theme=dark), so a shared link opens as it was seen; the header with the nav and
// the two switches; and every internal link carrying both on.
export type SiteLang = 'zh-CN' | 'en';
export type SiteTheme = 'auto' | 'light' | 'dark';

export const PAGES = ['index', 'report', 'charts', 'honours', 'embed', 'explorer', 'docs', 'validator'] as const;
export type PageId = (typeof PAGES)[number];

type ChromeWord = 'site' | 'nav' | 'language' | 'theme' | 'auto' | 'light' | 'dark' | 'skip';

const NAV: Record<SiteLang, Record<PageId | ChromeWord, string>> = {
  'zh-CN': {
    index: '地区',
    report: '报告',
    charts: '五年回顾',
    honours: '荣誉榜',
    embed: '嵌入',
    explorer: '数据',
    docs: '文档',
    validator: '校验',
    site: 'union-viz：工会工作报告数据组件',
    nav: '站点导航',
    language: '语言',
    theme: '主题',
    auto: '跟随系统',
    light: '浅色',
    dark: '深色',
    skip: '跳到正文',
  },
  en: {
    index: 'Regions',
    report: 'Reports',
    charts: 'Five-year reviews',
    honours: 'Honours',
    embed: 'Embed',
    explorer: 'Data',
    docs: 'Docs',
    validator: 'Validator',
    site: 'union-viz: widgets for trade-union work reports',
    nav: 'Site',
    language: 'Language',
    theme: 'Theme',
    auto: 'System',
    light: 'Light',
    dark: 'Dark',
    skip: 'Skip to content',
  },
};

const params = new URLSearchParams(location.search);
export const lang: SiteLang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
const askedTheme = params.get('theme');
export const theme: SiteTheme = askedTheme === 'light' || askedTheme === 'dark' ? askedTheme : 'auto';
export const isEn = lang === 'en';

/** A page parameter other than the language and theme, e.g. ?report=yiwu-2020. */
export function param(name: string): string | null {
  return params.get(name);
}

/** The address of a page of the site, relative, carrying the language and theme. */
export function pageHref(page: PageId, extra: Record<string, string> = {}, hash = ''): string {
  const query = new URLSearchParams(extra);
  if (lang === 'en') query.set('lang', 'en');
  if (theme !== 'auto') query.set('theme', theme);
  const search = query.toString();
  return `./${page}.html${search ? `?${search}` : ''}${hash}`;
}

/** This page's address with the language or theme changed, every other parameter kept. */
function switchHref(name: 'lang' | 'theme', value: string | null): string {
  const query = new URLSearchParams(location.search);
  if (value === null) query.delete(name);
  else query.set(name, value);
  const search = query.toString();
  return `${location.pathname.split('/').pop() || './'}${search ? `?${search}` : ''}${location.hash}`;
}

/** Creates an element with attributes and children, the site's one DOM helper. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A custom element (a widget or a site element) with its attributes. */
export function widget(tag: string, attributes: Record<string, string | undefined> = {}, fallback = ''): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  if (fallback) node.textContent = fallback;
  return node;
}

const switchLinks: [HTMLAnchorElement, 'lang' | 'theme', string | null][] = [];

/**
 * Replaces the page's address (a chosen region, an opened fact, the embed builder's form)
 * and carries it on in the language and theme switches, so a switch keeps what was chosen.
 */
export function replaceAddress(address: string): void {
  history.replaceState(null, '', address);
  for (const [link, name, value] of switchLinks) link.href = switchHref(name, value);
}

function switchGroup(label: string, options: [string, string | null, boolean][]): HTMLElement {
  return el(
    'div',
    { class: 'switch', role: 'group', 'aria-label': label },
    el('span', { class: 'switch-label', 'aria-hidden': 'true' }, label),
    ...options.map(([text, value, current]) => {
      const name = label === NAV[lang].language ? 'lang' : 'theme';
      const link = el('a', { href: switchHref(name, value), 'aria-current': current ? 'true' : undefined, lang: text === 'English' ? 'en' : text === '中文' ? 'zh-CN' : undefined }, text);
      switchLinks.push([link, name, value]);
      return link;
    }),
  );
}

/**
 * Sets the page's language and theme and draws its header. `title` is the page's own
 * heading (the document title follows it); `current` marks the nav entry.
 */
export function startPage(current: PageId, title: string): HTMLElement {
  const words = NAV[lang];
  const root = document.documentElement;
  root.lang = lang;
  if (theme === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  document.title = `${title} · union-viz`;
  const nav = el(
    'nav',
    { 'aria-label': words.nav },
    el(
      'ul',
      {},
      ...PAGES.map((p) =>
        el('li', {}, el('a', { href: pageHref(p), 'aria-current': p === current ? 'page' : undefined }, words[p])),
      ),
    ),
  );
  const header = el(
    'header',
    { class: 'site-header' },
    el('a', { class: 'skip', href: '#main' }, words.skip),
    el('a', { class: 'site-name', href: pageHref('index') }, words.site),
    nav,
    el(
      'div',
      { class: 'switches' },
      switchGroup(words.language, [
        ['中文', null, lang === 'zh-CN'],
        ['English', 'en', lang === 'en'],
      ]),
      switchGroup(words.theme, [
        [words.auto, null, theme === 'auto'],
        [words.light, 'light', theme === 'light'],
        [words.dark, 'dark', theme === 'dark'],
      ]),
    ),
  );
  document.body.prepend(header);
  const main = document.getElementById('main') ?? el('main', { id: 'main' });
  if (!main.isConnected) document.body.append(main);
  main.prepend(el('h1', {}, title));
  return main;
}

/** Picks the words of the page's language. */
export function t<T>(words: Record<SiteLang, T>): T {
  return words[lang];
}
