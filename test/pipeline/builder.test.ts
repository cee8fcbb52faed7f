import { expect } from '@open-wc/testing';
import { annotations, regions, sharedMetrics } from '../../data/annotations/index.js';
import committed from '../../data/dataset.json';
import { entryLine, figureSpan, quoteSpan } from '../../src/dataset/spans.js';
import { metricCategory, metricFamily, metricLevel } from '../../src/dataset/wording.js';
import { pluralNoun, usualMeasureWord } from '../../src/format/units.js';
import type { ReportAnnotation } from '../../src/pipeline/annotation.js';
import { buildDataset, DatasetBuildError, type BuildInput } from '../../src/pipeline/builder.js';
import { mergeMetrics } from '../../src/pipeline/build-metrics.js';
import type { Metric } from '../../src/dataset/types.js';
import { printedLine } from '../../src/pipeline/build-honor-rolls.js';
import { normalizeReportText } from '../../src/pipeline/normalize.js';
import { parseQuantity } from '../../src/pipeline/quantity.js';
import { serializeDataset } from '../../src/pipeline/summary.js';
import { loadReportSources } from './report-sources.js';

let sources: BuildInput['sources'];
before(async () => {
  sources = await loadReportSources();
});

const input = (changed?: (a: ReportAnnotation) => ReportAnnotation): BuildInput => ({
  regions,
  sharedMetrics,
  annotations: changed ? annotations.map((a) => (a.report.id === 'yiwu-2020' ? changed(a) : a)) : annotations,
  sources,
});

function problemsOf(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof DatasetBuildError) return error.problems;
    throw error;
  }
  return [];
}

describe('buildDataset on the real reports', () => {
  it('builds, in the browser, exactly the committed data/dataset.json', () => {
    const { dataset } = buildDataset(input());
    expect(serializeDataset(dataset)).to.equal(serializeDataset(committed as never));
  });

  it('accounts for every quantity in every report', () => {
    const { coverage } = buildDataset(input());
    for (const c of coverage) expect(c.unaccounted, c.report).to.deep.equal([]);
    expect(coverage.reduce((n, c) => n + c.facts, 0)).to.be.greaterThan(150);
  });

  it('points every fact at its quote, and the figure in it parses to the fact’s quantity', () => {
    const { dataset } = buildDataset(input());
    for (const fact of dataset.facts) {
      const report = dataset.reports.find((r) => r.id === fact.report)!;
      const { text } = normalizeReportText(sources[report.id]!.raw);
      const span = quoteSpan(fact.source);
      expect(text.slice(span.start, span.end), fact.id).to.equal(fact.source.quote);
      const { start, end } = figureSpan(fact);
      const figure = fact.source.quote.slice(start, end);
      expect(figure, fact.id).to.equal(fact.quantity.text);
      expect(parseQuantity(figure), fact.id).to.deep.equal(fact.quantity);
    }
  });

  it('maps every quote back to the same characters in the raw file', () => {
    const { dataset } = buildDataset(input());
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    for (const fact of dataset.facts) {
      const raw = sources[fact.report]!.raw;
      const normalized = normalizeReportText(raw);
      const rawStart = normalized.rawOffset(fact.source.start);
      const rawEnd = normalized.rawOffset(quoteSpan(fact.source).end - 1) + 1;
      expect(squeeze(raw.slice(rawStart, rawEnd)), fact.id).to.equal(squeeze(fact.source.quote));
    }
  });

  it('finds every honour-roll name and workplace where it says', () => {
    const { dataset } = buildDataset(input());
    for (const roll of dataset.honorRolls) {
      const { text } = normalizeReportText(sources[roll.report]!.raw);
      for (const entry of roll.entries) {
        expect(text.startsWith(entry.name, entry.nameSource.start)).to.equal(true);
        if (entry.workplace) expect(text.startsWith(entry.workplace, entry.workplaceSource!.start)).to.equal(true);
      }
    }
  });

  it('quotes the line or sentence each honour-roll name is printed in, the name marked', () => {
    const { dataset } = buildDataset(input());
    for (const roll of dataset.honorRolls) {
      const { text } = normalizeReportText(sources[roll.report]!.raw);
      for (const entry of roll.entries) {
        const line = entryLine(entry);
        // The line derived from what the dataset writes is the line the pipeline finds.
        expect(line, entry.name).to.deep.equal(printedLine(text, quoteSpan({ start: entry.nameSource.start, quote: entry.name })));
        expect(text.slice(line.start, line.end), roll.id).to.equal(line.quote);
        expect(line.quote.slice(line.nameStart, line.nameEnd)).to.equal(entry.name);
        expect(line.start + line.nameStart).to.equal(entry.nameSource.start);
        expect(line.quote, roll.id).not.to.contain('\n');
        // A name printed in a list is its own line; one in running text gets its sentence.
        if (roll.report === 'yiwu-2018-plenary') expect(line.quote).to.equal(entry.name);
        else expect(line.quote.length).to.be.greaterThan(entry.name.length);
      }
    }
  });
});

describe('the dataset writes only what cannot be derived', () => {
  it('reads every metric’s category and comparability back as declared', () => {
    const { dataset } = buildDataset(input());
    const declared = new Map([...sharedMetrics, ...annotations.flatMap((a) => a.metrics ?? [])].map((m) => [m.id, m]));
    for (const written of dataset.metrics) {
      const metric = declared.get(written.id)!;
      expect(metricCategory(written), written.id).to.equal(metric.category);
      expect(written.comparable === true, written.id).to.equal(metric.comparable === true);
    }
    expect(dataset.metrics.filter((m) => m.category === undefined).length, 'most categories are the id’s first segment').to.be.greaterThan(dataset.metrics.length / 2);
  });

  it('reads every metric’s level and family back as declared, writing them only where the id does not say them', () => {
    const { dataset } = buildDataset(input());
    const declared = new Map([...sharedMetrics, ...annotations.flatMap((a) => a.metrics ?? [])].map((m) => [m.id, m]));
    for (const written of dataset.metrics) {
      const metric = declared.get(written.id)!;
      expect([metricLevel(written), metricFamily(written)], written.id).to.deep.equal([metric.level, metric.family]);
    }
    const honours = dataset.metrics.filter((m) => metricLevel(m) !== undefined);
    expect(honours.length).to.be.greaterThan(30);
    expect(honours.filter((m) => m.level === undefined).length, 'most levels are the id’s last segment').to.be.greaterThan(honours.length / 2);
    // culture.interest-groups.* count one family under another name: it is written.
    expect(dataset.metrics.find((m) => m.id === 'culture.interest-groups.county')?.family).to.equal('culture-interest-groups');
  });

  it('reads every count noun back as declared: the unit’s usual measure word and a plural in -s where left out', () => {
    const { dataset } = buildDataset(input());
    const declared = [...sharedMetrics, ...annotations.flatMap((a) => a.metrics ?? [])].filter((m) => m.noun);
    expect(declared.length).to.be.greaterThan(50);
    let shortened = 0;
    for (const metric of declared) {
      const written = dataset.metrics.find((m) => m.id === metric.id);
      if (!written) continue;
      const noun = written.noun!;
      expect(noun.zh ?? usualMeasureWord(written.unit), metric.id).to.equal(metric.noun!.zh);
      expect(noun.one, metric.id).to.equal(metric.noun!.one);
      expect(pluralNoun(noun), metric.id).to.equal(metric.noun!.other);
      if (noun.zh === undefined || noun.other === undefined) shortened += 1;
    }
    expect(shortened, 'most nouns follow the defaults').to.be.greaterThan(declared.length / 2);
  });

  it('leaves out the line of a name printed on a line of its own', () => {
    const { dataset } = buildDataset(input());
    const entries = dataset.honorRolls.flatMap((roll) => roll.entries);
    for (const entry of entries) if (entry.line) expect(entry.line.quote, entry.name).to.not.equal(entry.name);
    expect(entries.filter((e) => !e.line).length).to.be.greaterThan(0);
  });
});

describe('buildDataset refuses bad annotations', () => {
  const withFact = (quote: string, figure?: string) => (a: ReportAnnotation): ReportAnnotation => ({
    ...a,
    facts: [...a.facts, { metric: a.facts[0]!.metric, key: 'probe', quote, ...(figure ? { figure } : {}) }],
  });

  it('a quote that is not in the text', () => {
    const problems = problemsOf(() => buildDataset(input(withFact('这句话不在报告里'))));
    expect(problems.join('\n')).to.match(/yiwu-2020: fact .*quote "这句话不在报告里" is not in the text/);
  });

  it('a quote that stands more than once', () => {
    const problems = problemsOf(() => buildDataset(input(withFact('市总工会'))));
    expect(problems.join('\n')).to.match(/quote "市总工会" stands \d+ times in the text/);
  });

  it('a quote that holds no quantity', () => {
    const problems = problemsOf(() => buildDataset(input(withFact('作为全省产改试点县市'))));
    expect(problems.join('\n')).to.contain('the quote holds no quantity');
  });

  it('a figure that is not in its quote', () => {
    const problems = problemsOf(() => buildDataset(input(withFact('疗休养人数32677名', '999名'))));
    expect(problems.join('\n')).to.contain('figure "999名" is not a quantity in the quote');
  });

  it('an honour-roll name that is not in the text', () => {
    const problems = problemsOf(() =>
      buildDataset(
        input((a) => ({
          ...a,
          honorRolls: [
            ...a.honorRolls,
            { key: 'probe', award: { zh: '奖', en: 'Award' }, level: 'county', section: { from: '作为全省产改试点县市' }, entries: [{ kind: 'person', name: '张三丰' }] },
          ],
        })),
      ),
    );
    expect(problems.join('\n')).to.contain('name "张三丰" is not in its section');
  });

  it('a report file that no longer matches its hash', () => {
    const tampered = { ...sources, 'yiwu-2020': { ...sources['yiwu-2020']!, sha256: '0'.repeat(64) } };
    const problems = problemsOf(() => buildDataset({ ...input(), sources: tampered }));
    expect(problems.join('\n')).to.contain('the source changed');
  });

  it('a quantity that is neither a fact nor set aside', () => {
    const problems = problemsOf(() => buildDataset(input((a) => ({ ...a, setAside: a.setAside.slice(1) }))));
    expect(problems.join('\n')).to.match(/\d+ quantities are neither a fact nor set aside/);
  });
});

describe('a metric’s level and family, left to its id', () => {
  const merged = (...metrics: Metric[]) => {
    const problems: string[] = [];
    const map = mergeMetrics(metrics, [], problems);
    return { problems, written: (id: string) => map.get(id) };
  };
  const honour = (id: string, extra: Partial<Metric> = {}): Metric => ({ id, zh: '工匠', en: 'Craftsmen', unit: 'person', ...extra });

  it('writes only what the id does not say, and reads every declaration back', () => {
    const cases: Metric[] = [
      honour('honours.craftsmen.prefecture', { level: 'prefecture', family: 'craftsmen' }),
      // A level and no family: the level is written, or the id would give it one.
      honour('honours.city-honours.prefecture', { level: 'prefecture' }),
      // A family other than the middle segment: written.
      honour('culture.interest-groups.county', { level: 'county', family: 'culture-interest-groups' }),
      // No level in the id: both written.
      honour('honours.craftsmen', { level: 'county', family: 'craftsmen' }),
    ];
    const { problems, written } = merged(...cases);
    expect(problems).to.deep.equal([]);
    for (const declared of cases) {
      const back = written(declared.id)!;
      expect([metricLevel(back), metricFamily(back)], declared.id).to.deep.equal([declared.level, declared.family]);
    }
    expect(written('honours.craftsmen.prefecture')).to.not.have.any.keys('level', 'family');
    expect(written('honours.city-honours.prefecture')!.level).to.equal('prefecture');
  });

  it('fails on an id that ends in a level its metric does not declare', () => {
    const { problems } = merged(honour('honours.stars.county', { family: 'stars' }), honour('honours.medals.national', { level: 'provincial' }));
    expect(problems.join('\n')).to.contain('honours.stars.county ends in the level "county" but declares none');
    expect(problems.join('\n')).to.contain('honours.medals.national ends in the level "national" but declares "provincial"');
  });

  it('reads a user’s explicit level over the id, and no level from an id of two segments', () => {
    expect(metricLevel(honour('honours.craftsmen.county', { level: 'national' }))).to.equal('national');
    expect(metricLevel(honour('honours.county'))).to.equal(undefined);
    expect(metricFamily(honour('honours.craftsmen.county', { level: 'county' }))).to.equal(undefined);
  });
});
