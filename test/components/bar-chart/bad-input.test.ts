import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/union-bar-chart.js';
import type { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';
import { captureWarnings, setup } from '../setup.js';

const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]');

/** Renders a chart in zh and en; expects the error state in both and one warning naming the attribute. */
async function expectProblem(template: (lang: string) => TemplateResult, attribute: string, zh: string, en: string): Promise<void> {
  let warnings: string[] = [];
  warnings = await captureWarnings(async () => {
    const el = await setup<UnionBarChart>(template('zh-CN'));
    expect(error(el)?.getAttribute('role')).to.equal('alert');
    expect(error(el)!.textContent).to.contain(zh);
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
  });
  expect(warnings.filter((w) => w.startsWith('<union-bar-chart>') && w.includes(`"${attribute}"`)), warnings.join('\n')).to.have.length(1);
  const el = await setup<UnionBarChart>(template('en'));
  expect(error(el)!.textContent).to.contain(en);
}

describe('<union-bar-chart> bad input', () => {
  it('an unknown report', () =>
    expectProblem((lang) => html`<union-bar-chart report="jinhua-ten-year" category="honours" lang=${lang}></union-bar-chart>`, 'report', '找不到报告“jinhua-ten-year”', 'jinhua-ten-year'));

  it('an unknown metric, alone or in a list', async () => {
    await expectProblem((lang) => html`<union-bar-chart metric="honours.no-such" lang=${lang}></union-bar-chart>`, 'metric', '找不到指标“honours.no-such”', 'honours.no-such');
    await expectProblem((lang) => html`<union-bar-chart metrics="skills.competitions,nope" lang=${lang}></union-bar-chart>`, 'metrics', '找不到指标“nope”', 'nope');
  });

  it('an unknown category', () =>
    expectProblem((lang) => html`<union-bar-chart report="wuyi-five-year" category="sport" lang=${lang}></union-bar-chart>`, 'category', '“sport”无效', 'sport'));

  it('a selection with no facts', () =>
    expectProblem((lang) => html`<union-bar-chart report="yiwu-2020" category="culture" lang=${lang}></union-bar-chart>`, 'category', '没有与“culture”相符', 'culture'));

  it('a family nothing counts', () =>
    expectProblem((lang) => html`<union-bar-chart report="jinhua-five-year" family="astronauts" lang=${lang}></union-bar-chart>`, 'family', '没有与“astronauts”相符', 'astronauts'));

  it('a bad group', () =>
    expectProblem((lang) => html`<union-bar-chart report="jinhua-five-year" category="honours" group="region" lang=${lang}></union-bar-chart>`, 'group', '“region”无效', 'region'));

  it('a bad sort', () =>
    expectProblem((lang) => html`<union-bar-chart report="jinhua-five-year" category="honours" sort="alphabet" lang=${lang}></union-bar-chart>`, 'sort', '“alphabet”无效', 'alphabet'));

  it('nothing to select', () =>
    expectProblem((lang) => html`<union-bar-chart lang=${lang}></union-bar-chart>`, 'report', '缺少属性', 'report'));
});
