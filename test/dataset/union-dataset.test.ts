import { expect } from '@open-wc/testing';
import { datasetFromJSON, embeddedDataset, metricCategory, metricFamily, metricLevel } from '../../src/dataset/index.js';
import type { Dataset } from '../../src/dataset/types.js';

const ds = embeddedDataset();

describe('embeddedDataset', () => {
  it('holds the five reports', () => {
    expect(ds.reports().map((r) => r.id)).to.have.members([
      'jinhua-five-year',
      'yiwu-2020',
      'yiwu-2018-plenary',
      'jiande-2020',
      'wuyi-five-year',
    ]);
  });

  it('is the same object on every call', () => {
    expect(embeddedDataset()).to.equal(ds);
  });

  it('cannot be changed by a caller', () => {
    const fact = ds.data.facts[0]!;
    expect(Object.isFrozen(ds.data)).to.equal(true);
    expect(Object.isFrozen(fact.quantity)).to.equal(true);
    expect(() => {
      (fact.quantity as { value: number }).value = -1;
    }).to.throw(TypeError);
    expect(() => (ds.data.facts as unknown[]).push({})).to.throw(TypeError);
  });
});

describe('UnionDataset lookups', () => {
  it('finds a fact by id', () => {
    const first = ds.data.facts[0]!;
    const found = ds.fact(first.id);
    expect(found.ok && found.value).to.equal(first);
  });

  it('gives a typed not-found with suggestions for an unknown fact', () => {
    const first = ds.data.facts[0]!;
    const result = ds.fact(`${first.id}-typo`);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.kind).to.equal('not-found');
    expect(result.error.what).to.equal('fact');
    expect(result.error.key).to.equal(`${first.id}-typo`);
    expect(result.error.suggestions).to.include(first.id);
  });

  it('finds a region by code, zh name, short zh name and en name', () => {
    for (const key of ['330782', '义乌市', '义乌', 'Yiwu', 'yiwu']) {
      const region = ds.region(key);
      expect(region.ok && region.value.code, key).to.equal('330782');
    }
    expect(ds.region('Atlantis').ok).to.equal(false);
  });

  it('lists the counties of a prefecture', () => {
    const children = ds.regionChildren('330700').map((r) => r.code);
    expect(children).to.include.members(['330782', '330723']);
    expect(children).not.to.include('330182');
  });

  it('filters facts by report, region, metric and category', () => {
    const yiwu = ds.facts({ report: 'yiwu-2020' });
    expect(yiwu.length).to.be.greaterThan(0);
    expect(yiwu.every((f) => f.report === 'yiwu-2020')).to.equal(true);
    const inYiwu = ds.facts({ region: 'Yiwu' });
    expect(inYiwu.every((f) => f.region === '330782')).to.equal(true);
    const legal = ds.facts({ category: 'legal' });
    expect(legal.length).to.be.greaterThan(0);
    for (const f of legal) {
      const metric = ds.metric(f.metric);
      expect(metric.ok && metricCategory(metric.value)).to.equal('legal');
    }
    const metric = legal[0]!.metric;
    expect(ds.facts({ metric }).every((f) => f.metric === metric)).to.equal(true);
    expect(ds.facts({ region: 'nowhere' })).to.deep.equal([]);
  });

  it('filters facts by the family a metric counts and its level', () => {
    const national = ds.facts({ family: 'model-workers', level: 'national' });
    expect(national.length).to.be.greaterThan(0);
    for (const f of national) {
      const metric = ds.metric(f.metric);
      expect(metric.ok && [metricFamily(metric.value), metricLevel(metric.value)], f.id).to.deep.equal(['model-workers', 'national']);
    }
    const levels = new Set(ds.facts({ family: 'model-workers' }).map((f) => {
      const metric = ds.metric(f.metric);
      return metric.ok ? metricLevel(metric.value) : undefined;
    }));
    expect([...levels]).to.include.members(['national', 'provincial', 'prefecture', 'county']);
    expect(ds.facts({ family: 'no-such-family' })).to.deep.equal([]);
  });

  it('lists headline facts in headline order', () => {
    for (const report of ds.reports().filter((r) => ds.facts({ report: r.id }).length > 0)) {
      const headlines = ds.facts({ report: report.id, headline: true }).map((f) => f.headline!);
      expect(headlines.length, report.id).to.be.greaterThan(0);
      expect(headlines).to.deep.equal([...headlines].sort((a, b) => a - b));
    }
  });

  it('finds one fact by metric and region', () => {
    const fact = ds.data.facts.find((f) => f.region === '330782')!;
    const found = ds.findFact(fact.metric, '义乌市', fact.report);
    expect(found.ok && found.value.metric).to.equal(fact.metric);
    expect(ds.findFact(fact.metric, 'Atlantis').ok).to.equal(false);
  });

  it('filters honour rolls by level, year and report', () => {
    const county = ds.honorRolls({ level: 'county' });
    expect(county.length).to.be.greaterThan(0);
    expect(county.every((r) => r.level === 'county')).to.equal(true);
    const plenary = ds.honorRolls({ report: 'yiwu-2018-plenary', year: 2018 });
    expect(plenary.length).to.be.greaterThan(2);
    const found = ds.honorRoll(plenary[0]!.id);
    expect(found.ok).to.equal(true);
    expect(ds.honorRoll('none').ok).to.equal(false);
  });
});

describe('datasetFromJSON', () => {
  const copy = (): Dataset => structuredClone(ds.data) as Dataset;

  it('accepts a valid dataset and leaves the caller’s object unfrozen', () => {
    const json = copy();
    const loaded = datasetFromJSON(json);
    expect(loaded.ok).to.equal(true);
    expect(Object.isFrozen(json)).to.equal(false);
  });

  it('rejects a dataset whole, listing every error with its path', () => {
    const json = copy() as unknown as { facts: { quantity: { unit: string; value: unknown } }[]; reports: { sha256?: string }[] };
    json.facts[0]!.quantity.unit = 'furlong';
    json.facts[1]!.quantity.value = 'many';
    delete json.reports[0]!.sha256;
    const loaded = datasetFromJSON(json);
    expect(loaded.ok).to.equal(false);
    if (loaded.ok) return;
    const paths = loaded.errors.map((e) => e.path);
    expect(paths).to.include('/facts/0/quantity/unit');
    expect(paths).to.include('/facts/1/quantity/value');
    expect(paths).to.include('/reports/0');
    expect(loaded.errors.find((e) => e.path === '/reports/0')!.message).to.contain('sha256');
  });

  it('rejects dangling references', () => {
    const json = copy();
    json.facts[0]!.metric = 'no.such-metric';
    json.facts[1]!.region = '999999';
    const loaded = datasetFromJSON(json);
    expect(loaded.ok).to.equal(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.path)).to.include.members(['/facts/0/metric', '/facts/1/region']);
  });

  it('rejects what is not a dataset at all', () => {
    for (const json of [null, 42, 'dataset', [], {}]) {
      const loaded = datasetFromJSON(json);
      expect(loaded.ok, JSON.stringify(json)).to.equal(false);
    }
  });
});
