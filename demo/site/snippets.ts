import type { Fact } from '../../src/dataset/types.js';
import { CDN_SCRIPT } from '../embed-code.js';

/** The embed code of the widgets that can show one fact: the card and the figure in running text. */
export function factSnippets(fact: Fact): { tag: string; code: string }[] {
  const script = `<script type="module" src="${CDN_SCRIPT}"></script>`;
  return [
    { tag: 'union-kpi', code: `${script}\n<union-kpi fact="${fact.id}">${fact.source.quote}</union-kpi>` },
    { tag: 'union-figure', code: `${script}\n<union-figure fact="${fact.id}">${fact.quantity.text}</union-figure>` },
  ];
}
