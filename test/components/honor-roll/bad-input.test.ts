import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { UnionHonorRoll } from '../../../src/components/honor-roll/union-honor-roll.js';
import { captureWarnings, datasetCopy, serve, setup } from '../setup.js';
import './helpers.js';

const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]');

/** Renders a roll in zh and en; expects the error state in both and one warning naming the attribute. */
async function expectProblem(template: (lang: string) => TemplateResult, attribute: string, zh: string, en: string): Promise<void> {
  const warnings = await captureWarnings(async () => {
    const el = await setup<UnionHonorRoll>(template('zh-CN'));
    expect(error(el)?.getAttribute('role')).to.equal('alert');
    expect(error(el)!.textContent).to.contain(zh);
    expect(el.shadowRoot!.querySelector('[part="group"], [part="filters"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
  });
  expect(warnings.filter((w) => w.startsWith('<union-honor-roll>') && w.includes(`"${attribute}"`)), warnings.join('\n')).to.have.length(1);
  const el = await setup<UnionHonorRoll>(template('en'));
  expect(error(el)!.textContent).to.contain(en);
}

function hollowDataset(): { url: string; id: string } {
  const data = datasetCopy();
  const roll = data.honorRolls.find((r) => r.report === 'wuyi-five-year')!;
  roll.entries = [];
  return { url: serve(data), id: roll.id };
}

describe('<union-honor-roll> bad input', () => {
  it('an unknown report', () =>
    expectProblem((lang) => html`<union-honor-roll report="yiwu-2030" lang=${lang}></union-honor-roll>`, 'report', '找不到报告“yiwu-2030”', 'No report “yiwu-2030”'));

  it('an unknown award', () =>
    expectProblem((lang) => html`<union-honor-roll report="yiwu-2018-plenary" award="诺贝尔奖" lang=${lang}></union-honor-roll>`, 'award', '找不到荣誉榜“诺贝尔奖”', 'No honor roll “诺贝尔奖”'));

  it('an award the report does not hold', () =>
    expectProblem((lang) => html`<union-honor-roll report="jiande-2020" award="最美职工" lang=${lang}></union-honor-roll>`, 'award', '找不到荣誉榜“最美职工”', '最美职工'));

  it('a bad level', () =>
    expectProblem((lang) => html`<union-honor-roll level="global" lang=${lang}></union-honor-roll>`, 'level', '属性“level”的值“global”无效', 'national, provincial, prefecture, county'));

  it('a bad year', () =>
    expectProblem((lang) => html`<union-honor-roll year="二〇一八" lang=${lang}></union-honor-roll>`, 'year', '属性“year”的值“二〇一八”无效', '2018'));

  it('a bad kind', () =>
    expectProblem((lang) => html`<union-honor-roll kind="robot" lang=${lang}></union-honor-roll>`, 'kind', '“robot”无效', 'person, organisation, project'));

  it('a bad layout', () =>
    expectProblem((lang) => html`<union-honor-roll layout="grid" lang=${lang}></union-honor-roll>`, 'layout', '属性“layout”的值“grid”无效', 'list, cards, table'));

  it('a user dataset whose roll has no entries', () => {
    const { url, id } = hollowDataset();
    return expectProblem((lang) => html`<union-honor-roll src=${url} report="wuyi-five-year" lang=${lang}></union-honor-roll>`, 'src', `荣誉榜“${id}”没有任何条目`, `The honour roll “${id}” has no entries`);
  });

  it('a user dataset with no rolls at all', () => {
    const data = datasetCopy();
    data.honorRolls = [];
    const url = serve(data);
    return expectProblem((lang) => html`<union-honor-roll src=${url} lang=${lang}></union-honor-roll>`, 'src', '数据中没有与“honorRolls”相符的内容', 'honorRolls');
  });
});
