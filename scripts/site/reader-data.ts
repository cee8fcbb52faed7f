// Writes what the site's report reader needs and the dataset does not hold: each report's
// normalised text and the quantities set aside, with their offsets and reasons (from the
// builder's coverage accounting). Run by `npm start` and `npm run build:site`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { annotations, regions, sharedMetrics } from '../../data/annotations/index.js';
import { buildDataset } from '../../src/pipeline/builder.js';
import { normalizeReportText } from '../../src/pipeline/normalize.js';

const out = 'demo/generated/reader';
const sources = Object.fromEntries(
  annotations.map((a) => {
    const bytes = readFileSync(`data/reports/${a.report.file}`);
    return [a.report.id, { raw: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') }];
  }),
);
const { coverage } = buildDataset({ annotations, regions, sharedMetrics, sources });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const c of coverage) {
  const text = normalizeReportText(sources[c.report]!.raw).text;
  const page = { report: c.report, text, found: c.found, facts: c.facts, setAside: c.setAsideAt };
  writeFileSync(`${out}/${c.report}.json`, JSON.stringify(page));
}
console.log(`reader data: ${coverage.length} reports in ${out}`);
