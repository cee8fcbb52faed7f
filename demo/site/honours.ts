import '../../src/define/union-honor-roll.js';
import { el, startPage, t, widget } from './shell.js';

// The honour rolls: the Yiwu plenary's lists, then every roll the reports print.
const words = t({
  'zh-CN': {
    title: '荣誉榜：报告中的先进集体与个人',
    lead: '名单均按报告原文刊印。点击“来源”查看原文所在行；打印时列出当前筛选的全部条目。',
    print: '打印名单',
    yiwu: '义乌市总工会 2018 年全会名单',
    all: '各报告提到的荣誉',
  },
  en: {
    title: 'Honour rolls: the workers and bodies the reports name',
    lead: 'Every name is as the report prints it. “Source” shows the line it is printed on; printing lists every entry of the current filter.',
    print: 'Print the rolls',
    yiwu: 'Yiwu Federation of Trade Unions, 2018 plenary: the lists',
    all: 'Honours every report names',
  },
});

const main = startPage('honours', words.title);
const print = el('button', { type: 'button', class: 'no-print' }, words.print);
print.addEventListener('click', () => window.print());
main.append(
  el('p', { class: 'lead' }, words.lead),
  el('p', {}, print),
  el('section', { 'aria-labelledby': 'yiwu-heading' }, el('h2', { id: 'yiwu-heading' }, words.yiwu), widget('union-honor-roll', { report: 'yiwu-2018-plenary' })),
  el('section', { 'aria-labelledby': 'all-heading' }, el('h2', { id: 'all-heading' }, words.all), widget('union-honor-roll', { id: 'all-rolls' })),
);
