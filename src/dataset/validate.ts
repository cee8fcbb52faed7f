import { CATEGORIES, type Dataset } from './types.js';
import { metricCategory } from './wording.js';
import { validate as validateSchema } from './validate-dataset.generated.js';

/** One reason a dataset was rejected, at a JSON Pointer path such as "/facts/3/quantity/unit". */
export interface DatasetProblem {
  path: string;
  message: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetProblem[] };

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function schemaProblem(error: AjvError): DatasetProblem {
  const extra = error.params['additionalProperty'];
  const missing = error.params['missingProperty'];
  const allowed = error.params['allowedValues'];
  let message = error.message ?? error.keyword;
  if (typeof extra === 'string') message = `unknown field "${extra}"`;
  if (typeof missing === 'string') message = `missing field "${missing}"`;
  if (Array.isArray(allowed)) message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  return { path: error.instancePath || '/', message };
}

function referenceProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
  const regions = new Set(dataset.regions.map((r) => r.code));
  const reports = ids(dataset.reports);
  const metrics = ids(dataset.metrics);
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ path, message });
  };
  dataset.regions.forEach((r, i) => check(!r.parent || regions.has(r.parent), `/regions/${i}/parent`, `no region has code "${r.parent}"`));
  dataset.reports.forEach((r, i) => check(regions.has(r.region), `/reports/${i}/region`, `no region has code "${r.region}"`));
  dataset.metrics.forEach((m, i) => {
    const category = metricCategory(m);
    check((CATEGORIES as readonly string[]).includes(category), `/metrics/${i}/category`, `missing field "category": "${category}" (the id's first segment) is not a category`);
  });
  const factIds = new Set<string>();
  dataset.facts.forEach((f, i) => {
    check(!factIds.has(f.id), `/facts/${i}/id`, `fact id "${f.id}" is used twice`);
    factIds.add(f.id);
    check(reports.has(f.report), `/facts/${i}/report`, `no report has id "${f.report}"`);
    check(regions.has(f.region), `/facts/${i}/region`, `no region has code "${f.region}"`);
    check(metrics.has(f.metric), `/facts/${i}/metric`, `no metric has id "${f.metric}"`);
    check(f.source.quote.startsWith(f.quantity.text, f.source.figureStart), `/facts/${i}/source/figureStart`, 'the figure as printed (quantity.text) is not there in the quote');
  });
  dataset.honorRolls.forEach((r, i) => check(reports.has(r.report), `/honorRolls/${i}/report`, `no report has id "${r.report}"`));
  return problems;
}

/**
 * Checks a dataset a user brings: first against the published JSON Schema (with a
 * validator compiled at build time, so no eval runs), then that every reference
 * (report, region, metric) resolves. Lists every problem with its path.
 */
export function validateDataset(json: unknown): DatasetValidation {
  if (!validateSchema(json)) {
    const errors = ((validateSchema as unknown as { errors?: AjvError[] }).errors ?? []).map(schemaProblem);
    return { ok: false, errors };
  }
  const dataset = json as Dataset;
  const errors = referenceProblems(dataset);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset };
}
