import { expect, fixture } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { drawChart } from '../../../src/components/bar-chart/bar-svg.js';
import { layout, type BarDatum, type LayoutOptions } from '../../../src/components/bar-chart/layout.js';
import { barsOf } from './fixtures.js';

/**
 * The drawing's SVG, as markup with numbers rounded to whole pixels and Lit's comments
 * dropped, so that a snapshot records the drawing and not floating-point noise. Labels are
 * measured by the estimate, not a font, so the snapshots hold on any machine.
 */
async function drawn(data: BarDatum[], width: number, options: LayoutOptions): Promise<string> {
  const chart = layout(data, { width }, options);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(
    drawChart(chart, {
      owner: host,
      title: 'title',
      description: 'description',
      keysId: 'keys',
      name: (bar) => `${bar.datum.label} ${bar.value.text}`,
      tabIndex: (i) => (i === 0 ? 0 : -1),
      activate: () => undefined,
      onKeyDown: () => undefined,
      onFocusIn: () => undefined,
    }),
    host,
  );
  return host.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/>\s*<(?!\/(?:rect|line)>)/g, '>\n<')
    .trim();
}

const cases: [string, BarDatum[], number, LayoutOptions][] = [
  ['jinhua-honours-grouped-640-zh', barsOf('jinhua-five-year', 'honours'), 640, { locale: 'zh-CN', group: 'level' }],
  ['jinhua-honours-grouped-375-zh', barsOf('jinhua-five-year', 'honours'), 375, { locale: 'zh-CN', group: 'level', sort: 'value' }],
  ['wuyi-honours-grouped-640-en', barsOf('wuyi-five-year', 'honours'), 640, { locale: 'en', group: 'level' }],
  ['jinhua-welfare-panels-open-ends-800-zh', barsOf('jinhua-five-year', 'welfare'), 800, { locale: 'zh-CN' }],
];

describe('<union-bar-chart> SVG snapshots', () => {
  for (const [name, data, width, options] of cases) {
    it(name, async () => {
      const markup = await drawn(data, width, options);
      expect(markup).to.match(/^<svg/);
      await compareSnapshot({ name, content: markup });
    });
  }
});
