import { expect } from '@open-wc/testing';
import regions from '../../data/geo/regions.json';
import topo from '../../data/geo/zhejiang.topo.json';
import { englishName, joinSyllables, splitType } from '../../src/pipeline/geo/pinyin-name.js';
import type { GeoRegion } from '../../src/pipeline/geo/regions.js';
import type { MapTopology } from '../../src/pipeline/geo/topology.js';
import { crossingArcs, segmentsCross, validateTopology } from '../../src/pipeline/geo/validate.js';
import { RENAMED, UNDRAWN } from '../../src/pipeline/geo/vintage.js';

const committed = topo as unknown as MapTopology;
const table = regions as GeoRegion[];
const copy = (): MapTopology => JSON.parse(JSON.stringify(committed));

describe('geo: en names', () => {
  it('joins syllables with an apostrophe before a vowel and adds the type', () => {
    expect(joinSyllables('pan an')).to.equal("Pan'an");
    expect(splitType('景宁畲族自治县')).to.deep.equal({ stem: '景宁', type: 'She Autonomous County' });
    const syllables = (s: string) => ({ 义乌: 'yi wu', 武义: 'wu yi', 婺城: 'wu cheng' })[s] ?? '';
    expect(['义乌市', '武义县', '婺城区'].map((n) => englishName(n, syllables))).to.deep.equal(['Yiwu City', 'Wuyi County', 'Wucheng District']);
  });

  it('fixes the readings a converter gets wrong', () => {
    expect(englishName('乐清市', () => 'le qing')).to.equal('Yueqing City');
  });
});

describe('geo: the committed region table and boundaries', () => {
  it('lists all 90 county-level units with code, names, level and parent', () => {
    const counties = table.filter((r) => r.level === 'county');
    expect(counties).to.have.length(90);
    for (const r of counties) {
      expect(r.code, r.zh).to.match(/^33\d{4}$/);
      expect(r.en, r.zh).to.match(/^[A-Z][a-z']+( [A-Z][a-z]+)+$/);
      expect(table.some((p) => p.code === r.parent && p.level === 'prefecture'), r.zh).to.equal(true);
    }
    expect(table.filter((r) => r.level === 'prefecture')).to.have.length(11);
    expect(counties.filter((r) => r.drawn === false).map((r) => r.code).sort()).to.deep.equal([...UNDRAWN].sort());
  });

  it('draws renamed units under their code of today', () => {
    const codes = committed.objects.counties.geometries.map((g) => g.properties!.code);
    for (const [old, today] of Object.entries(RENAMED)) {
      expect(codes).to.include(today);
      expect(codes).not.to.include(old);
    }
  });

  it('passes validation: every unit with a code, 11 prefectures, no holes, no crossings', () => {
    expect(validateTopology(committed, table)).to.deep.equal([]);
  });

  it('fails validation when a county is missing or a prefecture is lost', () => {
    const broken = copy();
    broken.objects.counties.geometries = broken.objects.counties.geometries.filter((g) => g.properties!.code !== '330782');
    broken.objects.prefectures.geometries = broken.objects.prefectures.geometries.filter((g) => g.properties!.code !== '330900');
    const problems = validateTopology(broken, table);
    expect(problems).to.include('330782 义乌市 has no polygon');
    expect(problems).to.include('prefecture 330900 is missing');
  });
});

describe('geo: crossing borders', () => {
  it('tells crossing segments from touching ones', () => {
    expect(segmentsCross([0, 0], [2, 2], [0, 2], [2, 0])).to.equal(true);
    expect(segmentsCross([0, 0], [2, 2], [2, 2], [3, 0])).to.equal(false);
    expect(segmentsCross([0, 0], [1, 0], [0, 1], [1, 1])).to.equal(false);
  });

  it('finds two arcs that cross, and none in arcs that only meet', () => {
    expect(crossingArcs([[[0, 0], [2, 2]], [[0, 2], [2, 0]]])).to.deep.equal([[0, 1]]);
    expect(crossingArcs([[[0, 0], [1, 1]], [[1, 1], [2, 0]]])).to.deep.equal([]);
  });
});
