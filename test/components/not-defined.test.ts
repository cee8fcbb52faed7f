import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settled } from './setup.js';

/** The README's `:not(:defined)` rule, as a page would paste it. */
async function readmeRule(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = [...readme.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]!).find((css) => css.includes(':not(:defined)'));
  expect(block, 'a css block with :not(:defined) in the README').to.be.a('string');
  return block!;
}

/** The height a tag takes in a page where the script has not run yet: an iframe without it. */
async function heightBeforeUpgrade(rule: string, markup: string, width: number): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><style>body{margin:0}${rule}</style>${markup}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const height = frame.contentDocument!.body.firstElementChild!.getBoundingClientRect().height;
  frame.remove();
  return height;
}

describe('the README’s :not(:defined) rule reserves the space a widget takes', () => {
  it('for a KPI card', async () => {
    const rule = await readmeRule();
    const before = await heightBeforeUpgrade(rule, '<union-kpi fact="yiwu-2020.rest-recuperation.participants">疗休养 32677 名</union-kpi>', 320);
    const el = await fixture<HTMLElement>(html`<union-kpi fact="yiwu-2020.rest-recuperation.participants" style="width: 320px"></union-kpi>`);
    await waitUntil(() => settled(el));
    const after = el.getBoundingClientRect().height;
    expect(Math.abs(before - after), `${before} reserved, ${after} drawn`).to.be.at.most(after * 0.05);
  });

  it('for a grid of eight headline figures in a wide column', async () => {
    const rule = await readmeRule();
    const before = await heightBeforeUpgrade(rule, '<union-kpi-grid report="jinhua-five-year">金华市总工会五年工作回眸</union-kpi-grid>', 1100);
    const el = await fixture<HTMLElement>(html`<union-kpi-grid report="jinhua-five-year" style="width: 1100px"></union-kpi-grid>`);
    await waitUntil(() => settled(el) && [...el.shadowRoot!.querySelectorAll('union-kpi')].every(settled), 'never loaded', { timeout: 8000 });
    const after = el.getBoundingClientRect().height;
    expect(Math.abs(before - after), `${before} reserved, ${after} drawn`).to.be.at.most(after * 0.1);
  });
});
