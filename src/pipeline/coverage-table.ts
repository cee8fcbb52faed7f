import type { ReportCoverage } from './coverage.js';

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

/** The build's coverage table: per report, quantities found, facts, set aside and unaccounted. */
export function formatCoverageTable(coverage: ReportCoverage[]): string {
  const header = ['report', 'found', 'facts', 'set aside', 'unaccounted', 'coverage'];
  const rows = coverage.map((c) => {
    const setAside = Object.entries(c.setAside)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    const share = c.found === 0 ? '-' : `${((100 * c.facts) / c.found).toFixed(0)}%`;
    return [c.report, String(c.found), String(c.facts), setAside || '0', String(c.unaccounted.length), share];
  });
  const total = coverage.reduce(
    (sum, c) => ({ found: sum.found + c.found, facts: sum.facts + c.facts, unaccounted: sum.unaccounted + c.unaccounted.length }),
    { found: 0, facts: 0, unaccounted: 0 },
  );
  const share = total.found === 0 ? '-' : `${((100 * total.facts) / total.found).toFixed(0)}%`;
  rows.push(['all', String(total.found), String(total.facts), String(total.found - total.facts - total.unaccounted), String(total.unaccounted), share]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const lines = [pad(header, widths), ...rows.map((r) => pad(r, widths))];
  for (const c of coverage) {
    for (const u of c.unaccounted) lines.push(`unaccounted in ${c.report}: "${u.text}" at ${u.start}: …${u.context}…`);
  }
  return lines.join('\n');
}
