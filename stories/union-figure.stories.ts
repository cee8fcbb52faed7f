import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { darkPage, NEVER_ANSWERS, storyNetwork } from './states.js';
import { conventionDarkPage, declaredDarkPage, hostilePage, partialTokensPage, textSpacingPage } from './pages.js';

interface FigureArgs {
  fact: string;
  lang: string;
  theme: string;
  src: string;
}

const meta: Meta<FigureArgs> = {
  title: 'Widgets/union-figure',
  component: 'union-figure',
  decorators: [storyNetwork],
  args: { fact: 'yiwu-2020.rest-recuperation.participants', lang: 'zh-CN', theme: '', src: '' },
  render: (a) =>
    // No line breaks around the tag: in Chinese text they would show as spaces.
    html`<p style="max-width: 32rem; line-height: 1.8">2020年，义乌全年完成疗休养<union-figure fact=${a.fact} lang=${a.lang} theme=${a.theme} src=${a.src}
        >32677名</union-figure
      >职工，带动消费。</p>`,
};
export default meta;
type Story = StoryObj<FigureArgs>;

export const InText: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const UnknownFact: Story = { args: { fact: 'nope' } };

export const OnADarkPage: Story = { decorators: [declaredDarkPage] };
export const OnAPageMarkedDark: Story = { decorators: [conventionDarkPage] };
export const PageThatFightsBack: Story = { decorators: [hostilePage] };
export const PartialTokens: Story = { decorators: [partialTokensPage] };
export const TextSpacing: Story = { decorators: [textSpacingPage] };
