import '../src/define/union-kpi-grid.js';
import '../src/define/union-figure.js';
import '../src/define/union-bar-chart.js';
import { embeddedDataset } from '../src/dataset/embedded.js';
import { embedCode } from './embed-code.js';
import { pageText, type PageLocale } from './page-text.js';

const reports = embeddedDataset().reports();
const main = document.getElementById('reports')!;

function reportSection(report: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'report';
  const grid = document.createElement('union-kpi-grid');
  grid.setAttribute('report', report);
  const details = document.createElement('details');
  details.className = 'embed';
  const summary = document.createElement('summary');
  summary.dataset['i18n'] = 'embed';
  const pre = document.createElement('pre');
  pre.textContent = embedCode(report);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.dataset['i18n'] = 'copy';
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(embedCode(report)).then(() => {
      copy.textContent = pageText(currentLocale()).copied;
    });
  });
  details.append(summary, pre, copy);
  section.append(grid, details);
  return section;
}

function currentLocale(): PageLocale {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

function applyText(): void {
  const text = pageText(currentLocale());
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = text[el.dataset['i18n'] as keyof typeof text];
  }
  document.title = text.title;
}

function setTheme(theme: string): void {
  const widgets = document.querySelectorAll('union-kpi-grid, union-figure, union-bar-chart');
  if (theme === 'auto') {
    delete document.documentElement.dataset['theme'];
    widgets.forEach((w) => w.removeAttribute('theme'));
  } else {
    document.documentElement.dataset['theme'] = theme;
    widgets.forEach((w) => w.setAttribute('theme', theme));
  }
}

main.append(...reports.map((r) => reportSection(r.id)));
const params = new URLSearchParams(location.search);
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="lang"], input[name="theme"]')) {
  if (params.get(input.name) === input.value) input.checked = true;
  input.addEventListener('change', () => {
    if (input.name === 'lang') {
      document.documentElement.lang = input.value;
      applyText();
    } else setTheme(input.value);
  });
}
document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
setTheme(params.get('theme') ?? 'auto');
applyText();
