/// <reference types="vite/client" />
import { loadEmbeddedParts } from '../../src/dataset/parts/load.js';
import { factLabel } from '../../src/dataset/wording.js';
import type { Fact, Report } from '../../src/dataset/types.js';
import { formatPeriod } from '../../src/format/period.js';
import { formatQuantity } from '../../src/format/quantity.js';
import { quantityWords } from '../../src/format/quantity-words.js';
import { factSnippets } from './snippets.js';
import { runsOf, type ReaderData } from './reader-text.js';
import { el, isEn, lang, pageHref, param, replaceAddress, startPage, t, widget } from './shell.js';

// The report reader (?report=id): the normalised text with every fact's figure highlighted
// and every set-aside quantity marked faintly with its reason; a highlight opens its fact.
// The page loads its report's facts only, and the card's code when a fact is first opened.
const words = t({
  'zh-CN': {
    title: '报告原文',
    pick: '选择一份报告阅读原文，核对每个数字。',
    coverage: (facts: number, found: number) => `已收录 ${facts} 个数字，共找到 ${found} 个数量。`,
    setAside: '未收录的数量及原因：',
    period: '报告期',
    evidence: '依据原文：',
    legend: '高亮的是收录的数字，点击查看；浅色下划线的是未收录的数量，括号里是原因。',
    metric: '指标',
    value: '数值',
    unit: '单位',
    qualifier: '修饰词',
    none: '无',
    factPeriod: '时期',
    widgets: '可以显示它的组件',
    embed: '嵌入代码',
    builder: '在嵌入生成器中打开',
    pickFact: '点击原文中高亮的数字，查看它的详情。',
    close: '关闭',
    text: '原文（规范化后）',
    unknown: '没有这份报告。',
    source: '原始文件',
  },
  en: {
    title: 'Report text',
    pick: 'Choose a report to read its text and check every figure.',
    coverage: (facts: number, found: number) => `${facts} facts recorded out of ${found} quantities found.`,
    setAside: 'Quantities not recorded, and why:',
    period: 'Period',
    evidence: 'Supported by: ',
    legend: 'Highlighted figures are recorded facts: press one to open it. Faintly underlined quantities were set aside; the reason follows in brackets.',
    metric: 'Metric',
    value: 'Value',
    unit: 'Unit',
    qualifier: 'Qualifier',
    none: 'none',
    factPeriod: 'Period',
    widgets: 'Widgets that can show it',
    embed: 'Embed code',
    builder: 'Open in the embed builder',
    pickFact: 'Press a highlighted figure in the text to open its fact.',
    close: 'Close',
    text: 'The text (normalised)',
    unknown: 'There is no such report.',
    source: 'Source file',
  },
});

const REASONS: Record<string, [string, string]> = {
  date: ['日期', 'date'],
  ordinal: ['序数', 'ordinal'],
  rhetorical: ['修辞', 'rhetorical'],
  name: ['名称', 'name'],
  identifier: ['编号', 'identifier'],
  duration: ['时长', 'duration'],
  plan: ['计划', 'plan'],
  anecdote: ['个例', 'anecdote'],
  detail: ['细目', 'detail'],
  duplicate: ['重复', 'duplicate'],
};
const reasonWord = (reason: string) => REASONS[reason]?.[isEn ? 1 : 0] ?? reason;

/** Written by scripts/site/reader-data.ts: every report's id and titles, to list them without the dataset. */
interface ListedReport {
  id: string;
  title: string;
  titleEn: string;
  facts: number;
}
const listed = Object.values(import.meta.glob<ListedReport[]>('../generated/reports.json', { import: 'default', eager: true }))[0] ?? [];
const readerFiles = import.meta.glob<ReaderData>('../generated/reader/*.json', { import: 'default' });
const id = param('report');
const known = listed.find((r) => r.id === id);
// A report with no facts is carried by its honour rolls' part.
const dataset = known ? await loadEmbeddedParts({ report: known.id, rolls: known.facts === 0 }) : undefined;
const found = known ? dataset!.report(known.id) : undefined;
const report = found?.ok ? found.value : undefined;
const main = startPage('report', report ? (isEn ? report.titleEn : report.title) : words.title);
const defineCard = () => import('../../src/define/union-kpi.js');

function reportList(): HTMLElement {
  return el(
    'ul',
    { class: 'report-list' },
    ...listed.map((r) => el('li', {}, el('a', { href: pageHref('report', { report: r.id }) }, isEn ? r.titleEn : r.title))),
  );
}

function factDetail(fact: Fact): HTMLElement {
  const metricLookup = dataset!.metric(fact.metric);
  const metric = metricLookup.ok ? metricLookup.value : undefined;
  const label = factLabel(fact, metric);
  const q = fact.quantity;
  const named = quantityWords(q, lang);
  const period = fact.period ?? report!.period;
  const rows: [string, string][] = [
    [words.metric, `${isEn ? label.en : label.zh} (${fact.metric})`],
    [words.value, `${formatQuantity(q, { locale: lang, notation: 'full', noun: metric?.noun })} · ${q.value}${q.max !== undefined ? `–${q.max}` : ''}`],
    [words.unit, named.unit || words.none],
    [words.qualifier, `${q.qualifier ?? words.none} (${named.approx})`],
    [words.factPeriod, formatPeriod(period, lang)],
  ];
  const snippets = factSnippets(fact);
  return el(
    'div',
    {},
    el('h2', { id: 'fact-heading', tabindex: '-1' }, isEn ? label.en : label.zh),
    el('p', {}, el('q', { lang: 'zh-CN' }, fact.source.quote)),
    el('dl', { class: 'fact-rows' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
    el('h3', {}, words.widgets),
    widget('union-kpi', { fact: fact.id }),
    ...snippets.map((s) => el('details', { class: 'embed' }, el('summary', {}, `${words.embed}: <${s.tag}>`), el('pre', {}, s.code))),
    el('p', {}, el('a', { href: pageHref('embed', { widget: 'union-kpi', fact: fact.id }) }, words.builder)),
  );
}

async function readReport(r: Report): Promise<void> {
  const loader = readerFiles[`../generated/reader/${r.id}.json`];
  const data = await loader!();
  const facts = dataset!.facts({ report: r.id });
  const counts = new Map<string, number>();
  for (const q of data.setAside) counts.set(q.reason, (counts.get(q.reason) ?? 0) + 1);
  const detail = el('aside', { class: 'fact-detail panel', id: 'fact-detail', 'aria-live': 'polite' }, el('p', {}, words.pickFact));
  const open = (fact: Fact, button: HTMLElement) => {
    for (const b of text.querySelectorAll('[aria-expanded="true"]')) b.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-expanded', 'true');
    void defineCard();
    // On a phone the fact covers the text's foot: closing it gives the text back.
    const close = el('button', { type: 'button', class: 'close-fact' }, words.close);
    close.addEventListener('click', () => {
      button.setAttribute('aria-expanded', 'false');
      detail.classList.remove('open');
      detail.replaceChildren(el('p', {}, words.pickFact));
      replaceAddress(location.pathname.split('/').pop() + location.search);
      button.focus();
    });
    detail.classList.add('open');
    detail.replaceChildren(close, factDetail(fact));
    replaceAddress(`#${fact.id}`);
  };
  const text = el('div', { class: 'report-text', lang: 'zh-CN' });
  let offset = 0;
  for (const line of data.text.split('\n')) {
    const p = el('p');
    for (const run of runsOf(line, offset, facts, data)) {
      if (run.kind === 'text') p.append(run.text);
      else if (run.kind === 'fact') {
        const button = el('button', { type: 'button', class: 'fact', 'data-fact': run.fact.id, 'aria-expanded': 'false', 'aria-controls': 'fact-detail' }, run.text);
        button.addEventListener('click', () => open(run.fact, button));
        p.append(button);
      } else {
        p.append(el('span', { class: 'aside', 'data-reason': run.reason }, run.text, el('span', { class: 'reason', lang }, isEn ? ` (${reasonWord(run.reason)})` : `（${reasonWord(run.reason)}）`)));
      }
    }
    if (line.trim()) text.append(p);
    offset += line.length + 1;
  }
  main.append(
    el('p', { class: 'coverage' }, words.coverage(data.facts, data.found)),
    el('p', { class: 'coverage' }, words.setAside, isEn ? ' ' : '', [...counts].map(([reason, n]) => `${reasonWord(reason)} ${n}`).join(isEn ? ', ' : '，')),
    el(
      'p',
      { class: 'period' },
      // Chinese sets its own full-width colon and full stop, with no spaces.
      isEn ? `${words.period}: ${formatPeriod(r.period, lang)}. ${words.evidence}` : `${words.period}：${formatPeriod(r.period, lang)}。${words.evidence}`,
      ...data.evidence.flatMap((e, i) => [i > 0 ? (isEn ? '; ' : '；') : '', el('q', { lang: 'zh-CN' }, e)]),
      // The builder's note on the period is written in English only.
      r.period.note ? el('span', { lang: 'en' }, ` (${r.period.note})`) : '',
    ),
    el('p', { class: 'lead' }, words.legend),
    el('div', { class: 'reader' }, el('section', { 'aria-label': words.text }, text), detail),
  );
  const asked = decodeURIComponent(location.hash.slice(1));
  const target = asked && text.querySelector<HTMLElement>(`[data-fact="${CSS.escape(asked)}"]`);
  if (target) {
    target.click();
    target.scrollIntoView({ block: 'center' });
  }
}

if (report) void readReport(report);
else main.append(el('p', { class: 'lead' }, id ? words.unknown : words.pick), reportList());
