import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './chart-host.js';
import type { TestChartHost } from './chart-host.js';
import { recordsOf } from './records.js';
import { nextExport } from '../setup.js';

const q = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];

async function openByKeyboard(lang = 'zh-CN'): Promise<TestChartHost> {
  const el = await fixture<TestChartHost>(html`<test-chart-host lang=${lang}></test-chart-host>`);
  el.records = recordsOf('wuyi-five-year');
  q<HTMLElement>(el, '[part="menu-button"]').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => q(el, '[role="menu"]').matches(':popover-open'), 'the menu never opened');
  return el;
}


describe('ChartMenu', () => {
  it('opens by keyboard on its first item, moves with arrows, closes with Esc back to its button', async () => {
    const el = await openByKeyboard();
    expect(q(el, '[part="menu-button"]').getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[3]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !q(el, '[role="menu"]').matches(':popover-open'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="menu-button"]'));
    expect(q(el, '[part="menu-button"]').getAttribute('aria-expanded')).to.equal('false');
  });

  it('speaks zh and en', async () => {
    const zh = await fixture<TestChartHost>(html`<test-chart-host lang="zh-CN"></test-chart-host>`);
    const en = await fixture<TestChartHost>(html`<test-chart-host lang="en"></test-chart-host>`);
    expect(items(zh).map((i) => i.textContent)).to.deep.equal(['下载 PNG 图片', '下载 SVG 矢量图', '下载 CSV 数据', '复制嵌入代码']);
    expect(items(en).map((i) => i.textContent)).to.deep.equal(['Download PNG image', 'Download SVG image', 'Download CSV data', 'Copy embed code']);
  });

  it('writes files named after the chart, one per format, chosen by keyboard', async () => {
    const expected = { png: 'image/png', svg: 'image/svg+xml;charset=utf-8', csv: 'text/csv;charset=utf-8' } as const;
    let index = 0;
    for (const [format, type] of Object.entries(expected)) {
      const el = await openByKeyboard();
      for (let i = 0; i < index; i += 1) await sendKeys({ press: 'ArrowDown' });
      const written = nextExport(el);
      await sendKeys({ press: 'Enter' });
      const detail = await written;
      expect(detail.format).to.equal(format);
      expect(detail.filename).to.equal(`test-chart.${format}`);
      expect(detail.blob.type).to.equal(type);
      expect(detail.blob.size).to.be.greaterThan(100);
      index += 1;
    }
  });

  it('copies the embed code: the tag with its attributes and the fallback text', async () => {
    const el = await openByKeyboard();
    await sendKeys({ press: 'End' });
    const written = nextExport(el);
    await sendKeys({ press: 'Enter' });
    const detail = await written;
    expect(await detail.blob.text()).to.equal('<test-chart-host lang="zh-CN">测试图表：甲 1，乙 2，丙 3</test-chart-host>');
    await expect(el).to.be.accessible();
  });

  it('says the code was copied, or shows it to copy by hand when the clipboard refuses', async () => {
    const el = await openByKeyboard();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '[role="status"]').textContent !== '', 'nothing was said');
    await el.updateComplete;
    const status = q(el, '[role="status"]').textContent;
    const textarea = el.shadowRoot!.querySelector('textarea');
    if (status === '嵌入代码已复制') expect(textarea).to.equal(null);
    else {
      expect(status).to.equal('无法写入剪贴板，请手动复制：');
      expect(textarea!.value).to.contain('<test-chart-host');
    }
    await expect(el).to.be.accessible();
  });
});
