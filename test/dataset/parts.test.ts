import { expect } from '@open-wc/testing';
import { embeddedDataset, metricCategory } from '../../src/dataset/index.js';
import { loadEmbeddedParts } from '../../src/dataset/parts/load.js';
import { parts } from '../../src/dataset/parts/generated/index.js';

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

  it('every report loads one part per report: every report, few facts, and with rolls every roll', async () => {
    const reports = await loadEmbeddedParts({ everyReport: true });
    expect(reports.reports().map((r) => r.id)).to.deep.equal(full.reports().map((r) => r.id));
    expect(reports.data.facts.length).to.be.below(full.data.facts.length / 4);
    const rolls = await loadEmbeddedParts({ everyReport: true, rolls: true });
    expect(rolls.reports().map((r) => r.id)).to.deep.equal(full.reports().map((r) => r.id));
    expect(rolls.honorRolls()).to.deep.equal(full.honorRolls());
    expect(rolls.data.facts.length).to.be.below(full.data.facts.length / 4);
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
