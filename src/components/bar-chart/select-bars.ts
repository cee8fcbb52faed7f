import { CATEGORIES, type Category, type Fact, type Metric } from '../../dataset/types.js';
import type { UnionDataset } from '../../dataset/union-dataset.js';
import { formatPeriod } from '../../format/index.js';
import { factLabel, factMeasure, factNoun, metricLevel } from '../../dataset/wording.js';
import { factTime } from '../base/source-view.js';
import type { Locale } from '../../format/locale.js';
import type { WidgetProblem } from '../base/problem.js';
import type { BarDatum } from './marks.js';
import { categoryName, comparabilityNote } from './words.js';

/** What the chart reads of its element to choose its facts. */
export interface BarSelection {
  report: string | null;
  category: string | null;
  family: string | null;
  metrics: string | null;
  metric: string | null;
  heading: string | null;
}

/** The facts a chart draws, as bars, with what its title and notes say about them. */
export interface SelectedBars {
  facts: Fact[];
  bars: BarDatum[];
  title: string;
  /** A visible note when figures counted differently stand side by side. */
  note?: string;
  /** The reports the bars come from, for the source line. */
  reports: string[];
}

function regionName(dataset: UnionDataset, code: string, locale: Locale): string {
  const region = dataset.region(code);
  return region.ok ? (locale === 'en' ? region.value.en : region.value.zh) : code;
}

/** What a bar's label names: the metric (one report), the region (one metric), or both. */
type LabelBy = 'metric' | 'region' | 'both';

function barOf(fact: Fact, metric: Metric, dataset: UnionDataset, locale: Locale, labelBy: LabelBy): BarDatum {
  const report = dataset.report(fact.report);
  const reportPeriod = report.ok ? report.value.period : undefined;
  const differs = fact.period && (fact.period.start !== reportPeriod?.start || fact.period.end !== reportPeriod?.end);
  // Across reports every bar says its period: the reports cover different years.
  const showPeriod = labelBy !== 'metric' || differs || factMeasure(fact, metric) === 'stock';
  const period = showPeriod && report.ok ? factTime(fact, metric, report.value, locale) : undefined;
  const metricLabel = factLabel(fact, metric)[locale === 'en' ? 'en' : 'zh'];
  const region = regionName(dataset, fact.region, locale);
  const label = labelBy === 'metric' ? metricLabel : labelBy === 'region' ? region : `${metricLabel} · ${region}`;
  // Datasets made before `Metric` carried a level, and users' datasets, may have none: such a chart draws ungrouped.
  const level = metricLevel(metric);
  const noun = factNoun(fact, metric);
  return { id: fact.id, label, quantity: fact.quantity, ...(noun ? { noun } : {}), ...(period ? { period } : {}), ...(level ? { level } : {}) };
}

/** What a family of honours is called ("劳动模范"), from its metrics; its id where a user's dataset names it nowhere. */
function familyName(family: string, facts: readonly Fact[], dataset: UnionDataset, locale: Locale): string {
  for (const fact of facts) {
    const metric = dataset.metric(fact.metric);
    if (metric.ok && metric.value.familyName) return locale === 'en' ? metric.value.familyName.en : metric.value.familyName.zh;
  }
  return family;
}

function byReport(host: BarSelection, dataset: UnionDataset, locale: Locale): { facts: readonly Fact[]; title: string } | WidgetProblem {
  const report = dataset.report(host.report!);
  if (!report.ok) return { kind: 'not-found', attribute: 'report', error: report.error };
  const category = host.category as Category | null;
  if (category && !CATEGORIES.includes(category)) {
    return { kind: 'bad-attribute', attribute: 'category', value: category, allowed: CATEGORIES };
  }
  const family = host.family;
  const facts = dataset.facts({ report: report.value.id, ...(category ? { category } : {}), ...(family ? { family } : {}) });
  if (facts.length === 0) {
    const [attribute, value] = family ? ['family', family] : host.category ? ['category', host.category] : ['report', host.report!];
    return { kind: 'empty', attribute, value };
  }
  const issuer = locale === 'en' ? report.value.issuer.en : report.value.issuer.zh;
  const what = family ? familyName(family, facts, dataset, locale) : host.category ? categoryName(host.category, locale) : locale === 'en' ? report.value.titleEn : report.value.title;
  return { facts, title: `${issuer} · ${formatPeriod(report.value.period, locale)} · ${what}` };
}

function byMetrics(ids: string[], host: BarSelection, dataset: UnionDataset): { facts: Fact[] } | WidgetProblem {
  const facts: Fact[] = [];
  for (const id of ids) {
    const metric = dataset.metric(id);
    if (!metric.ok) return { kind: 'not-found', attribute: ids.length > 1 || host.metrics ? 'metrics' : 'metric', error: metric.error };
    facts.push(...dataset.facts(host.report ? { metric: id, report: host.report } : { metric: id }));
  }
  if (host.report) {
    const report = dataset.report(host.report);
    if (!report.ok) return { kind: 'not-found', attribute: 'report', error: report.error };
  }
  if (facts.length === 0) return { kind: 'empty', attribute: host.metrics ? 'metrics' : 'metric', value: ids.join(',') };
  return { facts };
}

/**
 * The facts of a chart, chosen by its attributes: `report` with `category` or `family`; an
 * explicit `metrics` list, in its order; or one `metric` across every report that states it,
 * each bar labelled by region and period. Returns the problem to show when nothing matches.
 */
export function selectBars(host: BarSelection, dataset: UnionDataset, locale: Locale): SelectedBars | WidgetProblem {
  // An empty attribute is absent: a CMS template that writes metrics="" still means `metric`.
  const ids = (host.metrics || host.metric || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0 && !host.report) return { kind: 'missing-attribute', attributes: ['report', 'metrics', 'metric'] };
  const chosen = ids.length > 0 ? byMetrics(ids, host, dataset) : byReport(host, dataset, locale);
  if ('kind' in chosen) return chosen;
  const facts = [...chosen.facts];
  const reports = [...new Set(facts.map((f) => f.report))];
  const metrics = facts.map((f) => dataset.metric(f.metric)).flatMap((m) => (m.ok ? [m.value] : []));
  const labelBy: LabelBy = reports.length === 1 ? 'metric' : ids.length === 1 ? 'region' : 'both';
  const bars = facts.map((f, i) => barOf(f, metrics[i]!, dataset, locale, labelBy));
  const incomparable = reports.length > 1 ? [...new Map(metrics.filter((m) => !m.comparable).map((m) => [m.id, m])).values()] : [];
  const note = incomparable.length > 0 ? comparabilityNote(incomparable.flatMap((m) => (m.notes ? [locale === 'en' ? m.notes.en : m.notes.zh] : [])), locale) : undefined;
  const names = [...new Set(metrics.map((m) => (locale === 'en' ? m.en : m.zh)))];
  const title = host.heading || ('title' in chosen ? chosen.title : names.join(locale === 'en' ? '; ' : '、'));
  return { facts, bars, title, reports, ...(note ? { note } : {}) };
}
