// npm run data: builds data/dataset.json from data/reports and data/annotations, and
// prints the summary and coverage table. With --check, fails when the committed file
// differs from a fresh build instead of writing it. With --report ID, builds that one
// report alone and writes nothing; add --dump to print its normalised text with every
// quantity the parser finds marked ⟦like this⟧ (for annotating). Beside the dataset it
// writes the parts that widgets load one at a time (src/dataset/parts/generated/), and
// --check checks those too.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { annotations as allAnnotations, regions, sharedMetrics } from '../data/annotations/index.js';
import { buildDataset, DatasetBuildError } from '../src/pipeline/builder.js';
import { markQuantities } from '../src/pipeline/mark-quantities.js';
import { formatCoverageTable } from '../src/pipeline/coverage-table.js';
import { splitDataset, type GeneratedFile } from '../src/pipeline/split-dataset.js';
import { serializeDataset, summarizeDataset } from '../src/pipeline/summary.js';

const out = 'data/dataset.json';
const partsDir = 'src/dataset/parts/generated';

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => /\.(json|ts)$/.test(n)).map((n) => relative(partsDir, join(dir, n)));
}

/** The generated parts that differ from `files`, are missing, or should not be there. */
function staleParts(files: GeneratedFile[]): string[] {
  const fresh = new Map(files.map((f) => [f.path, f.content]));
  const stale = files.filter((f) => {
    try {
      return readFileSync(join(partsDir, f.path), 'utf8') !== f.content;
    } catch {
      return true;
    }
  });
  return [...stale.map((f) => f.path), ...filesUnder(partsDir).filter((p) => !fresh.has(p))];
}

function writeParts(files: GeneratedFile[]): void {
  rmSync(partsDir, { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(partsDir, f.path)), { recursive: true });
    writeFileSync(join(partsDir, f.path), f.content);
  }
}
const check = process.argv.includes('--check');
const reportFlag = process.argv.indexOf('--report');
const only = reportFlag >= 0 ? process.argv[reportFlag + 1] : undefined;
const annotations = allAnnotations.filter((a) => only === undefined || a.report.id === only);
if (annotations.length === 0) {
  console.error(`no report has id "${only}"`);
  process.exit(1);
}

const sources = Object.fromEntries(
  annotations.map((a) => {
    const bytes = readFileSync(`data/reports/${a.report.file}`);
    return [a.report.id, { raw: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') }];
  }),
);

if (only !== undefined && process.argv.includes('--dump')) {
  console.log(markQuantities(sources[only]!.raw));
  process.exit(0);
}

try {
  const { dataset, coverage } = buildDataset({ annotations, regions, sharedMetrics, sources });
  console.log(summarizeDataset(dataset));
  console.log(`\n${formatCoverageTable(coverage)}`);
  const fresh = serializeDataset(dataset);
  if (only !== undefined) {
    console.log(`\nbuilt ${only} alone: nothing written`);
  } else if (check) {
    let committed = '';
    try {
      committed = readFileSync(out, 'utf8');
    } catch {
      committed = '';
    }
    if (committed !== fresh) {
      console.error(`\n${out} differs from a fresh build: run npm run data and commit it.`);
      process.exit(1);
    }
    const stale = staleParts(splitDataset(dataset));
    if (stale.length > 0) {
      console.error(`\n${partsDir} differs from a fresh split (${stale.join(', ')}): run npm run data and commit it.`);
      process.exit(1);
    }
    console.log(`\n${out} and ${partsDir} are fresh.`);
  } else {
    writeFileSync(out, fresh);
    const parts = splitDataset(dataset);
    writeParts(parts);
    console.log(`\nwrote ${out} (${Buffer.byteLength(fresh)} bytes) and ${parts.length} files in ${partsDir}`);
  }
} catch (error) {
  if (!(error instanceof DatasetBuildError)) throw error;
  console.error(formatCoverageTable(error.coverage));
  console.error(`\n${error.message}`);
  process.exit(1);
}
