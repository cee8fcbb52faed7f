import type { Dataset } from '../dataset/types.js';

/** The dataset as committed: stable key order as built, one-space indent, final newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 1)}\n`;
}

/** A few lines for the console: reports, facts per report, honour-roll entries. */
export function summarizeDataset(dataset: Dataset): string {
  const lines = [
    `${dataset.reports.length} reports, ${dataset.facts.length} facts, ${dataset.metrics.length} metrics, ${dataset.regions.length} regions`,
  ];
  for (const report of dataset.reports) {
    const facts = dataset.facts.filter((f) => f.report === report.id).length;
    const rolls = dataset.honorRolls.filter((r) => r.report === report.id);
    const entries = rolls.reduce((sum, r) => sum + r.entries.length, 0);
    lines.push(
      `  ${report.id.padEnd(18)} ${String(facts).padStart(3)} facts  ${String(rolls.length).padStart(2)} honour rolls  ${String(entries).padStart(3)} entries  (${report.period.start}–${report.period.end})`,
    );
  }
  return lines.join('\n');
}
