// Writes what the site's report reader needs and the dataset does not hold: each report's
// normalised text and the quantities set aside, with their offsets and reasons (from the
// builder's coverage accounting), the words its period is read from (the dataset's parts carry
// a report without its provenance), and the home page's list of reports. Run by `npm start` and `npm run build:site`.
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
const { dataset, coverage } = buildDataset({ annotations, regions, sharedMetrics, sources });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const c of coverage) {
  const text = normalizeReportText(sources[c.report]!.raw).text;
  const evidence = dataset.reports.find((r) => r.id === c.report)!.period.evidence;
  const page = { report: c.report, text, found: c.found, facts: c.facts, setAside: c.setAsideAt, evidence };
  writeFileSync(`${out}/${c.report}.json`, JSON.stringify(page));
}
// The home page's and the reader's list: each report's region, title and number of facts,
// so that they need not load the dataset (a report of honour rolls alone has no facts part).
const regionOf = new Map(dataset.regions.map((r) => [r.code, r]));
const factCount = (report: string) => dataset.facts.filter((f) => f.report === report).length;
const home = dataset.reports.map((r) => ({ id: r.id, region: r.region, zh: regionOf.get(r.region)!.zh, en: regionOf.get(r.region)!.en, title: r.title, titleEn: r.titleEn, facts: factCount(r.id) }));
writeFileSync('demo/generated/reports.json', JSON.stringify(home));
// The home map's metric selector: every metric that two regions or more state, with how many
// (a choropleth of one region says nothing), the most widely stated first.
const regionsOf = new Map<string, Set<string>>();
for (const f of dataset.facts) (regionsOf.get(f.metric) ?? regionsOf.set(f.metric, new Set()).get(f.metric)!).add(f.region);
const mapMetrics = dataset.metrics
  .filter((m) => (regionsOf.get(m.id)?.size ?? 0) >= 2)
  .map((m) => ({ id: m.id, zh: m.zh, en: m.en, regions: regionsOf.get(m.id)!.size }))
  .sort((a, b) => b.regions - a.regions || a.id.localeCompare(b.id));
writeFileSync('demo/generated/map-metrics.json', JSON.stringify(mapMetrics));
console.log(`reader data: ${coverage.length} reports in ${out}`);
