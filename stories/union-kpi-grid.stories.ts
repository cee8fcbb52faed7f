import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { darkPage, NEVER_ANSWERS, storyNetwork } from './states.js';

interface GridArgs {
  report: string;
  category: string;
  show: string;
  lang: string;
  theme: string;
  width: string;
  src: string;
}

const meta: Meta<GridArgs> = {
  title: 'Widgets/union-kpi-grid',
  component: 'union-kpi-grid',
  decorators: [storyNetwork],
  args: { report: 'jinhua-five-year', category: '', show: 'headline', lang: 'zh-CN', theme: '', width: '100%', src: '' },
  render: (a) =>
    html`<div style="width: ${a.width}">
      <union-kpi-grid report=${a.report} category=${a.category} show=${a.show} lang=${a.lang} theme=${a.theme} src=${a.src}></union-kpi-grid>
    </div>`,
};
export default meta;
type Story = StoryObj<GridArgs>;

export const Jinhua: Story = {};
export const Yiwu2020: Story = { args: { report: 'yiwu-2020' } };
export const Jiande: Story = { args: { report: 'jiande-2020' } };
export const Wuyi: Story = { args: { report: 'wuyi-five-year' } };
export const Plenary: Story = { args: { report: 'yiwu-2018-plenary' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Sidebar: Story = { args: { width: '280px' } };
export const AllFacts: Story = { args: { show: 'all', report: 'wuyi-five-year' } };
export const ByCategory: Story = { args: { report: '', category: 'legal' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const UnknownReport: Story = { args: { report: 'nowhere-2020' } };
export const BadCategory: Story = { args: { report: '', category: 'sports', lang: 'en' } };
