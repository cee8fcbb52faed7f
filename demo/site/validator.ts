/// <reference types="vite/client" />
import { el, isEn, startPage, t, widget } from './shell.js';

// The validator: a dataset pasted or dropped is checked in the page with the ahead-of-time
// validator; every error is listed with its path, and a valid dataset is previewed in the
// widgets through a blob: URL. Nothing leaves the page. The validator's code and the
// widgets load on the first check: the page itself is a text box.
const words = t({
  'zh-CN': {
    title: '数据集校验',
    lead: '粘贴或拖入一个数据集 JSON 文件，在本页内按数据结构校验，列出每个错误及其位置；有效的数据集会用组件预览。数据不会上传到任何地方。',
    paste: '数据集 JSON',
    file: '或选择文件（也可拖到上面的文本框）：',
    choose: '选择文件…',
    noFile: '未选择文件',
    check: '校验',
    sample: '填入示例数据集',
    notJson: (m: string) => `不是有效的 JSON：${m}`,
    errors: (n: number) => `发现 ${n} 个错误：`,
    valid: (facts: number, reports: number) => `有效的数据集：${reports} 份报告，${facts} 个数字。下面用组件预览（通过 blob: 地址加载，不上传）。`,
    empty: '请先粘贴或拖入一个 JSON 文件。',
    path: '位置',
    message: '问题',
  },
  en: {
    title: 'Dataset validator',
    lead: 'Paste or drop a dataset JSON file. It is checked against the data contract in this page, every error is listed with its path, and a valid dataset is previewed in the widgets. Nothing is uploaded anywhere.',
    paste: 'Dataset JSON',
    file: 'Or choose a file (or drop it on the text box above):',
    choose: 'Choose a file…',
    noFile: 'No file chosen',
    check: 'Validate',
    sample: 'Fill in the sample dataset',
    notJson: (m: string) => `Not valid JSON: ${m}`,
    errors: (n: number) => (n === 1 ? '1 error:' : `${n} errors:`),
    valid: (facts: number, reports: number) => `A valid dataset: ${reports} reports, ${facts} facts. Previewed below in the widgets (loaded from a blob: URL, nothing uploaded).`,
    empty: 'Paste or drop a JSON file first.',
    path: 'Path',
    message: 'Problem',
  },
});

const main = startPage('validator', words.title);
const textarea = el('textarea', { id: 'dataset-json', rows: '12', spellcheck: 'false' });
// The browser's own file button speaks the browser's language, not the page's: it is hidden
// (still focusable), and a label in the page's language stands for it.
const file = el('input', { type: 'file', accept: 'application/json,.json', id: 'dataset-file', class: 'visually-hidden', 'aria-describedby': 'file-hint' });
const fileName = el('span', { class: 'file-name' }, words.noFile);
const check = el('button', { type: 'button', id: 'validate' }, words.check);
const sample = el('button', { type: 'button' }, words.sample);
const result = el('div', { id: 'result', 'aria-live': 'polite' });
let previewUrl: string | undefined;

/** The validator and the preview's widgets, loaded once, on the first check. */
const checker = () =>
  Promise.all([import('../../src/dataset/from-json.js'), import('../../src/define/union-kpi-grid.js'), import('../../src/define/union-honor-roll.js')]).then(([m]) => m.datasetFromJSON);
let checks = 0;

async function validate(): Promise<void> {
  const token = (checks += 1);
  const datasetFromJSON = await checker();
  // A later check (another paste, drop or press) has the last word.
  if (token !== checks) return;
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = undefined;
  if (!textarea.value.trim()) {
    result.replaceChildren(el('p', {}, words.empty));
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(textarea.value);
  } catch (error) {
    result.replaceChildren(el('p', { class: 'error' }, words.notJson((error as Error).message)));
    return;
  }
  const loaded = datasetFromJSON(json);
  if (!loaded.ok) {
    result.replaceChildren(
      el('p', { class: 'error' }, words.errors(loaded.errors.length)),
      el(
        'div',
        { class: 'table-wrap' },
        el(
          'table',
          { id: 'errors' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, words.path), el('th', { scope: 'col' }, words.message))),
          el('tbody', {}, ...loaded.errors.map((e) => el('tr', {}, el('td', {}, el('code', {}, e.path || '/')), el('td', { lang: 'en' }, e.message)))),
        ),
      ),
    );
    return;
  }
  previewUrl = URL.createObjectURL(new Blob([textarea.value], { type: 'application/json' }));
  const reports = loaded.dataset.reports();
  result.replaceChildren(
    el('p', { class: 'valid' }, words.valid(loaded.dataset.facts().length, reports.length)),
    ...reports.map((r) => el('section', {}, el('h2', {}, isEn ? r.titleEn : r.title), widget('union-kpi-grid', { report: r.id, src: previewUrl }))),
    ...(loaded.dataset.honorRolls().length ? [widget('union-honor-roll', { src: previewUrl })] : []),
  );
}

textarea.addEventListener('dragover', (event) => event.preventDefault());
textarea.addEventListener('drop', (event) => {
  const dropped = event.dataTransfer?.files[0];
  if (!dropped) return;
  event.preventDefault();
  void dropped.text().then((text) => {
    textarea.value = text;
    void validate();
  });
});
file.addEventListener('change', () => {
  fileName.textContent = file.files?.[0]?.name ?? words.noFile;
  void file.files?.[0]?.text().then((text) => {
    textarea.value = text;
    void validate();
  });
});
check.addEventListener('click', () => void validate());
sample.addEventListener('click', async () => {
  const { default: url } = await import('../../data/dataset.json?url');
  textarea.value = await (await fetch(url)).text();
  void validate();
});

main.append(
  el('p', { class: 'lead' }, words.lead),
  el('label', { class: 'field', for: 'dataset-json' }, words.paste),
  textarea,
  el('p', {}, el('span', { id: 'file-hint' }, words.file), ' ', file, el('label', { for: 'dataset-file', class: 'file-button' }, words.choose), ' ', fileName),
  el('p', {}, check, ' ', sample),
  result,
);
