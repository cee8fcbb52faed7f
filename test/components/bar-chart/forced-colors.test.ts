import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';
import { contrast } from '../colors.js';
import { setup } from '../setup.js';

const forcedColors = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<SVGElement>(selector)!;

describe('<union-bar-chart> under forced colours', () => {
  // Chromium emulates forced colours through CDP; Firefox over WebDriver BiDi cannot.
  before(async function () {
    if (!(await forcedColors(true))) this.skip();
  });
  after(() => forcedColors(false));

  for (const theme of ['light', 'dark']) {
    it(`keeps bars, open ends and the focus ring in system colours that stand out (${theme})`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await setup<UnionBarChart>(html`<union-bar-chart report="jinhua-five-year" category="welfare" group="level" theme=${theme}></union-bar-chart>`);
      const ground = getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor;
      const canvas = ground === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : ground;
      const bar = getComputedStyle(q(el, '.bar-row .bar')).fill;
      expect(contrast(bar, canvas), 'a bar against the canvas').to.be.at.least(3);
      expect(contrast(getComputedStyle(q(el, '.bar-row .open-end')).stroke, canvas), 'an open end against the canvas').to.be.at.least(3);
      expect(contrast(getComputedStyle(q(el, '.bar-row .label')).fill, canvas), 'a label against the canvas').to.be.at.least(4.5);
      const mark = q(el, '.mark');
      mark.focus();
      await el.updateComplete;
      const ring = getComputedStyle(q(el, '.mark:focus .focus-ring'));
      expect(ring.visibility === 'hidden' || ring.display === 'none' || parseFloat(ring.strokeWidth) < 2, 'the focus ring shows, at least 2 px wide').to.equal(false);
      expect(contrast(ring.stroke, canvas), 'the focus ring against the canvas').to.be.at.least(3);
    });
  }

  it('leaves out the level swatches, which would all look the same, and keeps the open ends’ entries', async () => {
    const el = await setup<UnionBarChart>(html`<union-bar-chart report="wuyi-five-year" category="honours" group="level"></union-bar-chart>`);
    const shown = [...el.shadowRoot!.querySelectorAll<SVGGElement>('.legend-entry')].filter((g) => getComputedStyle(g).display !== 'none');
    expect(shown.every((g) => !g.classList.contains('level'))).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.group').length, 'the group headings still name the levels').to.be.greaterThan(1);
  });
});
