import { embeddedDataset } from '../../src/dataset/embedded.js';
import { factLabel, metricCategory } from '../../src/dataset/wording.js';
import { snippet, type SnippetForm } from './embed-snippet.js';
import { el, isEn, lang, param, replaceAddress, startPage, t } from './shell.js';

// The embed builder: a widget, its subject from the dataset, its options, a live preview and
// the code to paste. The choice is kept in the URL, so a link to it opens the same widget.
const words = t({
  'zh-CN': {
    title: '嵌入生成器',
    lead: '选择组件和要显示的内容，调整语言、主题、大小和数字写法，预览后复制代码粘贴到你的网页。',
    widget: '组件',
    subject: '内容',
    lang: '语言',
    theme: '主题',
    size: '大小',
    notation: '数字写法',
    form: '代码形式',
    cdn: 'CDN 脚本',
    npm: 'npm 导入',
    auto: '跟随网页',
    preview: '预览',
    code: '代码',
    copy: '复制代码',
    copied: '已复制',
    search: '输入以搜索',
    compact: '简写（3.27万）',
    full: '完整（32677）',
  },
  en: {
    title: 'Embed builder',
    lead: 'Choose a widget and what it shows, set its language, theme, size and notation, check the preview, then copy the code into your page.',
    widget: 'Widget',
    subject: 'Subject',
    lang: 'Language',
    theme: 'Theme',
    size: 'Size',
    notation: 'Notation',
    form: 'Code',
    cdn: 'CDN script',
    npm: 'npm import',
    auto: 'Follow the page',
    preview: 'Preview',
    code: 'Code',
    copy: 'Copy the code',
    copied: 'Copied',
    search: 'Type to search',
    compact: 'Compact (32.7 thousand)',
    full: 'Full (32,677)',
  },
});

const dataset = embeddedDataset();
const metricName = (id: string) => {
  const m = dataset.metric(id);
  return m.ok ? (isEn ? m.value.en : m.value.zh) : id;
};

/** A subject kind: the attribute it sets and the choices the dataset offers, with their fallback text. */
interface SubjectKind {
  attribute: string;
  label: [string, string];
  options: { value: string; label: string; fallback: string }[];
}
const SUBJECTS: Record<string, SubjectKind> = {
  fact: {
    attribute: 'fact',
    label: ['数字', 'Fact'],
    options: dataset.facts().map((f) => {
      const metric = dataset.metric(f.metric);
      const label = factLabel(f, metric.ok ? metric.value : undefined);
      return { value: f.id, label: `${isEn ? label.en : label.zh} · ${f.quantity.text} · ${f.report}`, fallback: f.source.quote };
    }),
  },
  report: {
    attribute: 'report',
    label: ['报告', 'Report'],
    options: dataset.reports().map((r) => ({ value: r.id, label: isEn ? r.titleEn : r.title, fallback: r.title })),
  },
  metric: {
    attribute: 'metric',
    label: ['指标', 'Metric'],
    options: [...new Set(dataset.facts().map((f) => f.metric))].map((id) => ({ value: id, label: `${metricName(id)} (${id})`, fallback: metricName(id) })),
  },
  region: {
    attribute: 'region',
    label: ['地区（配合指标）', 'Region (with a metric)'],
    options: [...new Set(dataset.facts().map((f) => f.region))].map((code) => {
      const r = dataset.region(code);
      const name = r.ok ? (isEn ? r.value.en : r.value.zh) : code;
      return { value: code, label: name, fallback: name };
    }),
  },
  award: {
    attribute: 'award',
    label: ['奖项', 'Award'],
    options: dataset.honorRolls().map((r) => ({ value: r.id, label: `${isEn ? r.award.en : r.award.zh} · ${r.report}`, fallback: r.award.zh })),
  },
};

/**
 * Each widget: the subjects it can show (the first is the default), the options it takes,
 * and its tag's code, loaded when it is first previewed.
 */
const WIDGETS: Record<string, { subjects: string[]; size?: boolean; notation?: boolean; define: () => Promise<unknown> }> = {
  'union-kpi': { subjects: ['fact', 'metric'], size: true, notation: true, define: () => import('../../src/define/union-kpi.js') },
  'union-kpi-grid': { subjects: ['report'], notation: true, define: () => import('../../src/define/union-kpi-grid.js') },
  'union-figure': { subjects: ['fact', 'metric'], notation: true, define: () => import('../../src/define/union-figure.js') },
  'union-bar-chart': { subjects: ['report', 'metric'], define: () => import('../../src/define/union-bar-chart.js') },
  'union-honor-roll': { subjects: ['award', 'report'], define: () => import('../../src/define/union-honor-roll.js') },
};

/** The category a report states most figures in: what a bar chart of that report shows. */
function mainCategory(report: string): string {
  const counts = new Map<string, number>();
  for (const f of dataset.facts({ report })) {
    const m = dataset.metric(f.metric);
    if (m.ok) counts.set(metricCategory(m.value), (counts.get(metricCategory(m.value)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const main = startPage('embed', words.title);
const query = new URLSearchParams(location.search);

function select(name: string, label: string, options: [string, string][], value: string | null): HTMLSelectElement {
  const s = el('select', { id: `pick-${name}`, name }, ...options.map(([v, text]) => el('option', { value: v }, text)));
  if (value && options.some(([v]) => v === value)) s.value = value;
  s.dataset['label'] = label;
  return s;
}

/** A searchable picker: type to filter the dataset's choices (a native datalist). */
function picker(kind: string, value: string | null): { input: HTMLInputElement; list: HTMLDataListElement } {
  const subject = SUBJECTS[kind]!;
  const list = el('datalist', { id: `list-${kind}` }, ...subject.options.map((o) => el('option', { value: o.value }, o.label)));
  const input = el('input', { id: `pick-${kind}`, name: kind, list: `list-${kind}`, placeholder: words.search, autocomplete: 'off' });
  input.value = value && subject.options.some((o) => o.value === value) ? value : subject.options[0]!.value;
  return { input, list };
}

const widgetSelect = select('widget', words.widget, Object.keys(WIDGETS).map((w) => [w, `<${w}>`]), param('widget'));
const langSelect = select('lang', words.lang, [['zh-CN', '中文'], ['en', 'English']], param('wlang') ?? lang);
const themeSelect = select('wtheme', words.theme, [['', words.auto], ['light', 'light'], ['dark', 'dark']], param('wtheme'));
const sizeSelect = select('size', words.size, [['m', 'm'], ['s', 's'], ['l', 'l']], param('size'));
const notationSelect = select('notation', words.notation, [['compact', words.compact], ['full', words.full]], param('notation'));
const formSelect = select('form', words.form, [['cdn', words.cdn], ['npm', words.npm]], param('form'));
const pickers = el('div', { class: 'pickers' });
const preview = el('div', { class: 'preview panel', id: 'preview' });
const code = el('pre', { id: 'snippet' });
const copy = el('button', { type: 'button' }, words.copy);
const copied = el('span', { role: 'status' });
copy.addEventListener('click', () => {
  void navigator.clipboard?.writeText(code.textContent ?? '').then(() => (copied.textContent = words.copied));
});

const field = (control: HTMLElement, label: string) => el('label', { class: 'field' }, label, control);
const optional = new Map<HTMLElement, HTMLElement>();

function drawPickers(): void {
  const spec = WIDGETS[widgetSelect.value]!;
  const kinds = spec.subjects;
  const current = kindSelect.value && kinds.includes(kindSelect.value) ? kindSelect.value : kinds[0]!;
  kindSelect.replaceChildren(...kinds.map((k) => el('option', { value: k }, SUBJECTS[k]!.label[isEn ? 1 : 0])));
  kindSelect.value = current;
  const inputs = [picker(current, query.get(current))];
  // A card or a figure for a metric needs the region whose figure it is.
  if (current === 'metric' && widgetSelect.value !== 'union-bar-chart') inputs.push(picker('region', query.get('region')));
  pickers.replaceChildren(...inputs.map(({ input }) => field(input, SUBJECTS[input.name]!.label[isEn ? 1 : 0])), ...inputs.map(({ list }) => list));
  for (const { input } of inputs) input.addEventListener('change', draw);
  optional.get(sizeSelect)!.hidden = !spec.size;
  optional.get(notationSelect)!.hidden = !spec.notation;
  draw();
}

function draw(): void {
  const tag = widgetSelect.value;
  const spec = WIDGETS[tag]!;
  const attributes: Record<string, string> = {};
  let fallback = '';
  for (const input of pickers.querySelectorAll('input')) {
    attributes[SUBJECTS[input.name]!.attribute] = input.value;
    fallback ||= SUBJECTS[input.name]!.options.find((o) => o.value === input.value)?.fallback ?? '';
  }
  if (tag === 'union-bar-chart' && attributes['report']) attributes['category'] = mainCategory(attributes['report']);
  attributes['lang'] = langSelect.value;
  if (themeSelect.value) attributes['theme'] = themeSelect.value;
  if (spec.size && sizeSelect.value !== 'm') attributes['size'] = sizeSelect.value;
  if (spec.notation && notationSelect.value !== 'compact') attributes['notation'] = notationSelect.value;
  void spec.define();
  const element = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) if (v) element.setAttribute(k, v);
  element.textContent = fallback;
  preview.replaceChildren(element);
  code.textContent = snippet(formSelect.value as SnippetForm, tag, attributes, fallback);
  copied.textContent = '';
  const state = new URLSearchParams(location.search);
  state.set('widget', tag);
  state.set('kind', kindSelect.value);
  for (const input of pickers.querySelectorAll('input')) state.set(input.name, input.value);
  for (const [name, s] of [['wlang', langSelect], ['wtheme', themeSelect], ['size', sizeSelect], ['notation', notationSelect], ['form', formSelect]] as const) state.set(name, s.value);
  replaceAddress(`?${state}`);
}

const kindSelect = el('select', { id: 'pick-kind', name: 'kind' });
kindSelect.append(el('option', { value: query.get('kind') ?? (query.get('fact') ? 'fact' : '') }, ''));
widgetSelect.addEventListener('change', drawPickers);
kindSelect.addEventListener('change', drawPickers);
for (const s of [langSelect, themeSelect, sizeSelect, notationSelect, formSelect]) s.addEventListener('change', draw);

const controls = el(
  'div',
  { class: 'filters' },
  field(widgetSelect, words.widget),
  field(kindSelect, words.subject),
  pickers,
  field(langSelect, words.lang),
  field(themeSelect, words.theme),
  ...[sizeSelect, notationSelect].map((s) => {
    const f = field(s, s.dataset['label']!);
    optional.set(s, f);
    return f;
  }),
  field(formSelect, words.form),
);
main.append(
  el('p', { class: 'lead' }, words.lead),
  controls,
  el('h2', {}, words.preview),
  preview,
  el('h2', {}, words.code),
  code,
  el('p', {}, copy, ' ', copied),
);
drawPickers();
