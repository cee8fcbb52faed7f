import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/define/union-bar-chart.js';
import { BAD_DATASET, darkPage, NEVER_ANSWERS, storyNetwork } from './states.js';

interface BarChartArgs {
  report: string;
  category: string;
  metrics: string;
  metric: string;
  group: string;
  sort: string;
  lang: string;
  theme: string;
  width: string;
  src: string;
}

const meta: Meta<BarChartArgs> = {
  title: 'Widgets/union-bar-chart',
  component: 'union-bar-chart',
  decorators: [storyNetwork],
  args: { report: 'jinhua-five-year', category: 'honours', metrics: '', metric: '', group: 'level', sort: 'source', lang: 'zh-CN', theme: '', width: '100%', src: '' },
  argTypes: {
    group: { control: 'select', options: ['none', 'level'] },
    sort: { control: 'select', options: ['source', 'value'] },
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (a) =>
    html`<div style="width: ${a.width}">
      <union-bar-chart
        report=${a.report}
        category=${a.category}
        metrics=${a.metrics}
        metric=${a.metric}
        group=${a.group}
        sort=${a.sort}
        lang=${a.lang}
        theme=${a.theme}
        src=${a.src}
      ></union-bar-chart>
    </div>`,
};
export default meta;
type Story = StoryObj<BarChartArgs>;

export const JinhuaHonours: Story = {};
export const WuyiHonours: Story = { args: { report: 'wuyi-five-year' } };
export const SortedByValue: Story = { args: { sort: 'value', group: 'none' } };
export const SmallMultiples: Story = { args: { report: 'wuyi-five-year', category: 'welfare', group: 'none' } };
export const OpenEnds: Story = { args: { category: 'welfare', group: 'none' } };
export const AcrossReports: Story = { args: { report: '', category: '', metric: 'honours.craftsmen.prefecture' } };
export const DefinitionsDiffer: Story = { args: { report: '', category: '', metric: 'hardship-aid.amount' } };
export const MetricsList: Story = { args: { category: '', metrics: 'hardship-aid.amount,welfare.hardship-visits,rest-recuperation.spending' } };
/** 未出现一起…: a figure stated as zero in words, drawn as a zero-length bar with its label, value and source. */
export const ZeroInWords: Story = { args: { report: 'yiwu-2020', category: 'rights', group: 'none' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' }, decorators: [darkPage] };
export const Narrow: Story = { args: { width: '375px' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const Empty: Story = { args: { report: 'yiwu-2020', category: 'culture' } };
export const UnknownReport: Story = { args: { report: 'nowhere-2020' } };
export const BadDataset: Story = { args: { src: BAD_DATASET, lang: 'en' } };
export const BadGroup: Story = { args: { group: 'region', lang: 'en' } };
