import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { darkPage, NEVER_ANSWERS, storyNetwork } from './states.js';
import { conventionDarkPage, declaredDarkPage, hostilePage, partialTokensPage, plainLightPage, textSpacingPage } from './pages.js';

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

export const OnADarkPage: Story = { decorators: [declaredDarkPage] };
export const OnAPageMarkedDark: Story = { decorators: [conventionDarkPage] };
export const OnALightPageOnADarkSystem: Story = { decorators: [plainLightPage] };
export const PageThatFightsBack: Story = { args: { width: '1100px' }, decorators: [hostilePage] };
export const PartialTokens: Story = { args: { report: 'yiwu-2020' }, decorators: [partialTokensPage] };
export const TextSpacing: Story = { args: { report: 'yiwu-2020', lang: 'en' }, decorators: [textSpacingPage] };

/**
 * A page whose script has not run yet, with the README's `:not(:defined)` rule: the fallback
 * text sits in a box of the grid's final height (shown in a frame without the script).
 */
export const BeforeTheScript: Story = {
  render: () => html`<iframe
    title="before the script"
    style="width: 1100px; height: 420px; border: 1px dashed #999"
    srcdoc=${`<style>body{margin:0;font-family:sans-serif} union-kpi-grid:not(:defined){display:block;min-height:22em;outline:1px dotted #999}</style>
<union-kpi-grid report="jinhua-five-year">金华市总工会五年工作回眸</union-kpi-grid>`}
  ></iframe>`,
};
