import { normalizeReportText } from './normalize.js';
import { findQuantities } from './quantity.js';

/** A report's normalised text with every quantity found marked ⟦text⟧ (dates ⟦d:…⟧, ordinals ⟦o:…⟧). */
export function markQuantities(raw: string): string {
  const { text } = normalizeReportText(raw);
  let out = '';
  let at = 0;
  for (const q of findQuantities(text)) {
    const tag = q.kind === 'date' ? 'd:' : q.kind === 'ordinal' ? 'o:' : '';
    out += `${text.slice(at, q.start)}⟦${tag}${text.slice(q.start, q.end)}⟧`;
    at = q.end;
  }
  return out + text.slice(at);
}
