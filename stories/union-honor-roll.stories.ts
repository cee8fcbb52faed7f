import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/define/union-honor-roll.js';
import { BAD_DATASET, darkPage, HOLLOW_ROLL, NEVER_ANSWERS, storyNetwork } from './states.js';

interface HonorRollArgs {
  report: string;
  award: string;
  level: string;
  year: string;
  kind: string;
  query: string;
  layout: string;
  lang: string;
  theme: string;
  width: string;
  src: string;
}

const meta: Meta<HonorRollArgs> = {
  title: 'Widgets/union-honor-roll',
  component: 'union-honor-roll',
  decorators: [storyNetwork],
  args: { report: 'yiwu-2018-plenary', award: '', level: '', year: '', kind: '', query: '', layout: '', lang: 'zh-CN', theme: '', width: '100%', src: '' },
  argTypes: {
    level: { control: 'select', options: ['', 'national', 'provincial', 'prefecture', 'county'] },
    kind: { control: 'select', options: ['', 'person', 'organisation', 'project'] },
    layout: { control: 'select', options: ['', 'list', 'cards', 'table'] },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  // Empty args are left out: an empty attribute means "no filter", but `award=""` would still be set.
  render: (a) =>
    html`<div style="width: ${a.width}">
      <union-honor-roll
        .report=${a.report || null}
        .award=${a.award || null}
        .level=${a.level || null}
        .year=${a.year || null}
        .kind=${a.kind || null}
        .query=${a.query || null}
        .layout=${a.layout || null}
        lang=${a.lang}
        theme=${a.theme}
        .src=${a.src || null}
      ></union-honor-roll>
    </div>`,
};
export default meta;
type Story = StoryObj<HonorRollArgs>;

export const YiwuLists: Story = {};
export const MostBeautifulWorkers: Story = { args: { award: '最美职工' } };
export const EveryReport: Story = { args: { report: '' } };
export const National: Story = { args: { report: '', level: 'national' } };
export const ProjectsAndCases: Story = { args: { report: '', kind: 'project' } };
export const Year2020: Story = { args: { report: '', year: '2020' } };
export const Search: Story = { args: { report: '', query: '丁 思 诗' } };
export const SearchWorkplace: Story = { args: { report: '', query: '义乌市' } };
export const Empty: Story = { args: { query: '没有这个人' } };
export const List: Story = { args: { layout: 'list' } };
export const Cards: Story = { args: { layout: 'cards' } };
export const Table: Story = { args: { layout: 'table', award: '最美职工' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' }, decorators: [darkPage] };
export const Narrow: Story = { args: { width: '375px' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const BadDataset: Story = { args: { src: BAD_DATASET } };
export const UnknownReport: Story = { args: { report: 'yiwu-2030' } };
export const UnknownAward: Story = { args: { award: '诺贝尔奖' } };
export const BadLevel: Story = { args: { level: 'global' } };
export const BadYear: Story = { args: { year: '二〇一八' } };
export const BadLayout: Story = { args: { layout: 'grid' } };
export const RollWithNoEntries: Story = { args: { src: HOLLOW_ROLL, report: '' } };
