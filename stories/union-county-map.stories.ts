import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/define/union-county-map.js';
import { BAD_DATASET, darkPage, NEVER_ANSWERS, storyNetwork } from './states.js';

interface CountyMapArgs {
  focus: string;
  metric: string;
  geoSrc: string;
  approval: string;
  lang: string;
  theme: string;
  width: string;
  src: string;
}

const meta: Meta<CountyMapArgs> = {
  title: 'Widgets/union-county-map',
  component: 'union-county-map',
  decorators: [storyNetwork],
  args: { focus: '', metric: '', geoSrc: '', approval: '', lang: 'zh-CN', theme: '', width: '100%', src: '' },
  argTypes: {
    lang: { control: 'select', options: ['zh-CN', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (a) =>
    html`<div style="width: ${a.width}">
      <union-county-map
        focus=${a.focus || undefined}
        metric=${a.metric || undefined}
        geo-src=${a.geoSrc || undefined}
        approval=${a.approval || undefined}
        lang=${a.lang}
        theme=${a.theme}
        src=${a.src || undefined}
      ></union-county-map>
    </div>`,
};
export default meta;
type Story = StoryObj<CountyMapArgs>;

/** The built-in boundaries as a file of their own, as a publisher would serve approved ones. */
const BOUNDARIES = new URL('../data/geo/zhejiang.topo.json', import.meta.url).href;

export const ReportingRegions: Story = {};
export const JinhuaZoom: Story = { args: { focus: '金华市' } };
export const Choropleth: Story = { args: { metric: 'honours.craftsmen.prefecture' } };
export const ChoroplethZoomed: Story = { args: { metric: 'honours.craftsmen.prefecture', focus: 'Jinhua' } };
export const FewerThanTwoRegions: Story = { args: { metric: 'welfare.mothers-rooms' } };
export const English: Story = { args: { lang: 'en', focus: '330700' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const DarkEnglishChoropleth: Story = { args: { theme: 'dark', lang: 'en', metric: 'honours.craftsmen.prefecture' }, decorators: [darkPage] };
export const Narrow: Story = { args: { width: '375px', focus: '330700', metric: 'honours.craftsmen.prefecture' } };
export const WithApproval: Story = { args: { geoSrc: BOUNDARIES, approval: '浙S（2024）12号' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const BadDataset: Story = { args: { src: BAD_DATASET } };
export const UnknownFocus: Story = { args: { focus: 'Atlantis' } };
export const UnknownMetric: Story = { args: { metric: 'honours.no-such' } };
export const GeoSrcMissing: Story = { args: { geoSrc: '/stories/missing.topo.json' } };
export const GeoSrcNotTopoJson: Story = { args: { geoSrc: BAD_DATASET } };
