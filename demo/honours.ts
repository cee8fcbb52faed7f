import '../src/define/union-honor-roll.js';

// The honours page: ?lang=en and ?theme=light|dark set the page's language and the rolls' theme.
const TEXT = {
  'zh-CN': {
    title: '荣誉榜：报告中的先进集体与个人',
    intro: '名单均按报告原文刊印。点击“来源”查看原文所在行；打印时列出当前筛选的全部条目。',
    back: '返回数据组件演示',
    print: '打印名单',
    yiwu: '义乌市总工会 2018 年全会名单',
    all: '各报告提到的荣誉',
  },
  en: {
    title: 'Honour rolls: the workers and bodies the reports name',
    intro: 'Every name is as the report prints it. “Source” shows the line it is printed on; printing lists every entry of the current filter.',
    back: 'Back to the widgets demo',
    print: 'Print the rolls',
    yiwu: 'Yiwu Federation of Trade Unions, 2018 plenary: the lists',
    all: 'Honours every report names',
  },
} as const;

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
document.documentElement.lang = lang;
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') {
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme;
  for (const roll of document.querySelectorAll('union-honor-roll')) roll.setAttribute('theme', theme);
}
for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = TEXT[lang][el.dataset['text'] as keyof (typeof TEXT)['en']];
document.title = `union-viz · ${TEXT[lang].title}`;
document.getElementById('print')?.addEventListener('click', () => print());
