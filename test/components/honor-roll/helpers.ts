import type { TemplateResult } from 'lit';
import '../../../src/define/union-honor-roll.js';
import type { UnionHonorRoll } from '../../../src/components/honor-roll/union-honor-roll.js';
import { setup } from '../setup.js';

export const roll = (template: TemplateResult) => setup<UnionHonorRoll>(template);

export const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)] as T[];
export const one = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** The names shown, in order. */
export const names = (el: Element) => all(el, '.entry .name').map((n) => n.textContent!.trim());

/** The award groups shown: heading text and entry count. */
export const groups = (el: Element) =>
  all(el, '[part="group"]').map((g) => ({ heading: g.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim(), meta: g.querySelector('.award-meta')!.textContent!.replace(/\s+/g, ' ').trim(), entries: g.querySelectorAll('.entry').length }));

/** Sets a filter control as a reader would, and waits for the roll to follow. */
export async function choose(el: UnionHonorRoll, name: string, value: string): Promise<void> {
  const select = one<HTMLSelectElement>(el, `select[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types into the search box as a reader would, and waits for the roll to follow. */
export async function search(el: UnionHonorRoll, text: string): Promise<void> {
  const input = one<HTMLInputElement>(el, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

