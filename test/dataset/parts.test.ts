import { expect } from '@open-wc/testing';
import { embeddedDataset, metricCategory } from '../../src/dataset/index.js';
import { embeddedFactCounts, loadEmbeddedParts } from '../../src/dataset/parts/load.js';
import { parts } from '../../src/dataset/parts/generated/index.js';
import { splitReport } from '../../src/dataset/parts/part.js';

const full = embeddedDataset();
const partCount = Object.keys(parts).length;

describe('the embedded dataset in parts', () => {
  it('all parts together are data/dataset.json, in its order', async () => {
    const dataset = await loadEmbeddedParts({});
    expect(dataset.data).to.deep.equal(full.data);
  });

  it('a fact is found in the one part its id names, for every fact', async () => {
    for (const fact of full.data.facts) {
      const dataset = await loadEmbeddedParts({ fact: fact.id });
      const found = dataset.fact(fact.id);
      expect(found.ok && found.value, fact.id).to.deep.equal(fact);
      expect(dataset.data.facts.length, fact.id).to.be.below(full.data.facts.length / 4);
      expect(dataset.report(fact.report).ok, fact.id).to.equal(true);
      expect(dataset.metric(fact.metric).ok, fact.id).to.equal(true);
    }
  });

  it('a metric in a region finds the same facts as the whole dataset, for every fact', async () => {
    for (const fact of full.data.facts) {
      const named = full.region(fact.region);
      for (const region of [fact.region, named.ok ? named.value.zh : '']) {
        const dataset = await loadEmbeddedParts({ metric: fact.metric, region });
        expect(dataset.facts({ metric: fact.metric, region }), `${fact.metric} ${region}`).to.deep.equal(full.facts({ metric: fact.metric, region }));
      }
    }
  });

  it('a metric alone finds every fact of it across the reports, from its own parts only, for every metric', async () => {
    for (const metric of full.data.metrics) {
      const dataset = await loadEmbeddedParts({ metric: metric.id });
      expect(dataset.facts({ metric: metric.id }), metric.id).to.deep.equal(full.facts({ metric: metric.id }));
      expect(dataset.data.facts.length, metric.id).to.be.below(full.data.facts.length);
    }
    const unknown = await loadEmbeddedParts({ metric: 'legal.no-such-metric' });
    expect(unknown.data).to.deep.equal(full.data);
  });

  it('the reports alone come from one part, and the core counts every region\'s facts', async () => {
    const dataset = await loadEmbeddedParts({ reportsOnly: true });
    // Without their provenance (file, hash, period evidence), which only the whole dataset loads.
    expect(dataset.reports()).to.deep.equal(full.reports().map((r) => splitReport(r).report));
    expect(dataset.data.facts).to.have.length(0);
    const counted = new Map<string, number>();
    for (const f of full.data.facts) counted.set(f.region, (counted.get(f.region) ?? 0) + 1);
    expect([...embeddedFactCounts()].sort()).to.deep.equal([...counted].sort());
  });

  it("a report's parts hold all its facts and, when asked, its honour rolls", async () => {
    for (const report of full.reports()) {
      const dataset = await loadEmbeddedParts({ report: report.id, rolls: true });
      expect(dataset.facts({ report: report.id })).to.deep.equal(full.facts({ report: report.id }));
      expect(dataset.honorRolls({ report: report.id })).to.deep.equal(full.honorRolls({ report: report.id }));
      if (full.facts({ report: report.id }).length === 0) continue;
      const withoutRolls = await loadEmbeddedParts({ report: report.id });
      expect(withoutRolls.honorRolls()).to.have.length(0);
    }
  });

  it("a report's category comes from its own parts only, with every fact of it, for every report and category", async () => {
    for (const report of full.reports()) {
      const categories = new Set(full.facts({ report: report.id }).map((f) => full.metric(f.metric)).flatMap((m) => (m.ok ? [metricCategory(m.value)] : [])));
      for (const category of categories) {
        const dataset = await loadEmbeddedParts({ report: report.id, category });
        expect(dataset.facts({ report: report.id, category }), `${report.id} ${category}`).to.deep.equal(full.facts({ report: report.id, category }));
        // Fewer facts than the whole report: not every part was fetched.
        if (categories.size > 1) expect(dataset.data.facts.length, `${report.id} ${category}`).to.be.below(full.facts({ report: report.id }).length);
      }
      // A category the report does not have loads the whole report, to name what it has.
      const unknown = await loadEmbeddedParts({ report: report.id, category: 'no-such-category' });
      expect(unknown.facts({ report: report.id })).to.deep.equal(full.facts({ report: report.id }));
    }
  });

  it('a fact named by its id loads its part alone: no core (regions) and no provenance; the rest load the core', async () => {
    const fact = full.data.facts.find((f) => f.period?.evidence.length)!;
    const one = await loadEmbeddedParts({ fact: fact.id });
    expect(one.data.regions, 'regions of a fact by id').to.have.length(0);
    const report = one.report(fact.report);
    expect(report.ok && report.value.sha256, 'sha256 in a part').to.equal(undefined);
    expect(report.ok && report.value.period.evidence, 'report evidence in a part').to.equal(undefined);
    const whole = full.report(fact.report);
    expect(report.ok && whole.ok && report.value.title).to.equal(whole.ok && whole.value.title);
    const byRegion = await loadEmbeddedParts({ metric: fact.metric, region: fact.region });
    expect(byRegion.data.regions).to.deep.equal(full.data.regions);
    const grid = await loadEmbeddedParts({ report: fact.report, rolls: true });
    expect(grid.data.regions).to.deep.equal(full.data.regions);
  });

  it('every report carries its provenance in the whole dataset, from one part that nothing else loads', async () => {
    const whole = await loadEmbeddedParts({ fact: 'no-such-report.x.y' });
    for (const report of full.reports()) {
      const found = whole.report(report.id);
      expect(found.ok && found.value.sha256, report.id).to.match(/^[0-9a-f]{64}$/);
      expect(found.ok && found.value.sha256, report.id).to.equal(report.sha256);
    }
    const loaded = await Promise.all(Object.entries(parts).map(async ([key, load]) => [key, (await load()).default as { provenance?: unknown[] }] as const));
    expect(loaded.filter(([, part]) => part.provenance).map(([key]) => key)).to.deep.equal(['provenance']);
  });

  it('the reports with every roll: the reports part and each report\'s rolls part, no facts', async () => {
    const rolls = await loadEmbeddedParts({ reportsOnly: true, rolls: true });
    expect(rolls.reports().map((r) => r.id)).to.deep.equal(full.reports().map((r) => r.id));
    expect(rolls.honorRolls()).to.deep.equal(full.honorRolls());
    expect(rolls.data.facts).to.have.length(0);
  });

  it('loads everything where no part holds what is asked: an unknown id, a category across reports', async () => {
    const unknown = [
      { fact: 'nope' },
      { fact: 'yiwu-2020.legal.no-such-metric' },
      { fact: 'yiwu-2020.no-such-group.x' },
      { metric: 'legal.no-such-metric', region: '义乌市' },
      { metric: 'x.y', region: 'nowhere' },
      { category: 'legal' },
      { report: 'nope' },
    ];
    for (const need of unknown) {
      const dataset = await loadEmbeddedParts(need);
      expect(dataset.data, JSON.stringify(need)).to.deep.equal(full.data);
    }
    expect(partCount).to.be.above(full.reports().length);
  });
});
