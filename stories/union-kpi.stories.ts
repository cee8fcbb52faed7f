import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { BAD_DATASET, darkPage, NEVER_ANSWERS, storyNetwork } from './states.js';
import { conventionDarkPage, declaredDarkPage, hostilePage, partialTokensPage, plainLightPage, textSpacingPage } from './pages.js';

interface KpiArgs {
  fact: string;
  metric: string;
  region: string;
  lang: string;
  theme: string;
  notation: string;
  size: string;
  label: string;
  src: string;
}

const meta: Meta<KpiArgs> = {
  title: 'Widgets/union-kpi',
  component: 'union-kpi',
  decorators: [storyNetwork],
  args: { fact: 'yiwu-2020.rest-recuperation.participants', metric: '', region: '', lang: 'zh-CN', theme: '', notation: 'compact', size: 'm', label: '', src: '' },
  render: (a) =>
    html`<div style="max-width: 22rem">
      <union-kpi fact=${a.fact} metric=${a.metric} region=${a.region} lang=${a.lang} theme=${a.theme} notation=${a.notation} size=${a.size} label=${a.label} src=${a.src}
        >疗休养 32677 名</union-kpi
      >
    </div>`,
};
export default meta;
type Story = StoryObj<KpiArgs>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' }, decorators: [darkPage] };
export const OverQualifier: Story = { args: { fact: 'yiwu-2020.rest-recuperation.spending' } };
export const FullNotation: Story = { args: { notation: 'full' } };
export const Small: Story = { args: { size: 's' } };
export const Large: Story = { args: { size: 'l' } };
export const ByMetricAndRegion: Story = { args: { fact: '', metric: 'rest-recuperation.participants', region: 'Yiwu' } };
export const LabelOverride: Story = { args: { label: '全年疗休养' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const UnknownFact: Story = { args: { fact: 'yiwu-2020.no-such-fact' } };
export const UnknownFactEnglish: Story = { args: { fact: 'yiwu-2020.no-such-fact', lang: 'en' } };
export const MissingAttributes: Story = { args: { fact: '' } };
export const InvalidLang: Story = { args: { lang: 'xx' } };
export const NotFound404: Story = { args: { src: '/stories/missing-dataset.json' } };
export const SchemaError: Story = { args: { src: BAD_DATASET, lang: 'en' } };
export const ErrorDark: Story = { args: { fact: 'nope', theme: 'dark' }, decorators: [darkPage] };

export const OnADarkPage: Story = { decorators: [declaredDarkPage] };
export const OnAPageMarkedDark: Story = { decorators: [conventionDarkPage] };
export const OnALightPageOnADarkSystem: Story = { decorators: [plainLightPage] };
export const PageThatFightsBack: Story = { decorators: [hostilePage] };
export const PartialTokens: Story = { decorators: [partialTokensPage] };
export const TextSpacing: Story = { args: { lang: 'en' }, decorators: [textSpacingPage] };
export const LongLabel: Story = { args: { label: 'Frontlineworkersoccupationalhealthexaminationsxx', lang: 'en' } };
export const LoadingDarkPage: Story = { args: { src: NEVER_ANSWERS }, decorators: [declaredDarkPage] };
