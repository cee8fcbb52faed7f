import type { Fact, HonorEntry } from '../../dataset/types.js';

/**
 * What the source popover reads of an entry: the line its name is printed in, the name
 * marked. The one place that adapts an entry to the popover's input.
 */
export function entrySource(entry: HonorEntry): Pick<Fact, 'source' | 'period'> {
  const { line } = entry;
  return { source: { start: line.start, end: line.end, quote: line.quote, figureStart: line.nameStart, figureEnd: line.nameEnd } };
}
