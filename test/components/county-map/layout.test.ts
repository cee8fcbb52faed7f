import { expect } from '@open-wc/testing';
import { geoMercator, geoMercatorRaw, geoPath } from 'd3-geo';
import { scaleQuantile } from 'd3-scale';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { classify } from '../../../src/components/county-map/choropleth.js';
import regions from '../../../data/geo/regions.json';
import topo from '../../../data/geo/zhejiang.topo.json';
import { decodeGeometry, isGeometryProblem, mercator, type MapGeometry } from '../../../src/components/county-map/map-geometry.js';
import { bearing, neighbourTowards } from '../../../src/components/county-map/neighbours.js';
import * as projection from '../../../src/components/county-map/projection.js';

const decoded = decodeGeometry(topo);
if (isGeometryProblem(decoded)) throw new Error(decoded.kind);
const geometry: MapGeometry = decoded;
const drawnCounties = (regions as { code: string; level: string; drawn?: boolean }[]).filter((r) => r.level === 'county' && r.drawn !== false);

describe('county map: geometry', () => {
  it('decodes every drawn unit with its code, and the 11 prefectures', () => {
    for (const r of drawnCounties) expect(geometry.byCode.has(r.code), r.code).to.equal(true);
    expect(geometry.prefectures.map((p) => p.properties.code)).to.have.length(11);
  });

  it('decodes one object once', () => {
    expect(decodeGeometry(topo)).to.equal(geometry);
  });

  it('names what is wrong with a file that does not fit the contract', () => {
    expect(decodeGeometry({ type: 'FeatureCollection', features: [] })).to.deep.equal({ kind: 'not-topojson' });
    const withoutPrefectures = { ...topo, objects: { counties: (topo as { objects: { counties: unknown } }).objects.counties } };
    expect(decodeGeometry(withoutPrefectures)).to.deep.equal({ kind: 'missing-layer', layer: 'prefectures' });
    const t = JSON.parse(JSON.stringify(topo));
    delete t.objects.counties.geometries[3].properties.code;
    expect(decodeGeometry(t)).to.deep.equal({ kind: 'missing-code', layer: 'counties', index: 3 });
  });
});

describe('county map: projection', () => {
  it('fits the province to the size and draws a path for every county and prefecture', () => {
    const map = projection.projectMap(geometry, 600, 500);
    expect(map.paths.size).to.equal(geometry.counties.length + 11);
    for (const d of map.paths.values()) expect(d).to.match(/^M[\d.]/);
    for (const [x, y] of map.labels.values()) {
      expect(x).to.be.within(0, 600);
      expect(y).to.be.within(0, 500);
    }
  });

  it('caches path strings per geometry, size and focus', () => {
    const before = projection.projections;
    const a = projection.projectMap(geometry, 321, 300);
    const b = projection.projectMap(geometry, 321, 300);
    expect(b).to.equal(a);
    expect(projection.projections).to.equal(before + 1);
    projection.projectMap(geometry, 322, 300);
    expect(projection.projections).to.equal(before + 2);
  });

  it('keeps a few sizes’ drawings, not one per width a container is dragged through', () => {
    for (let width = 400; width < 500; width += 4) projection.projectMap(geometry, width, 300);
    const before = projection.projections;
    // The first widths have been let go: drawing one again projects again.
    projection.projectMap(geometry, 400, 300);
    expect(projection.projections).to.equal(before + 1);
    // The latest is still at hand.
    projection.projectMap(geometry, 496, 300);
    expect(projection.projections).to.equal(before + 1);
  });

  it('zooms to a prefecture: its counties only, filling the size', () => {
    const map = projection.projectMap(geometry, 400, 400, '330700');
    expect(map.counties.map((c) => c.properties.code).sort()).to.deep.equal(['330702', '330703', '330723', '330726', '330727', '330781', '330782', '330783', '330784']);
    expect(map.prefectures.map((p) => p.properties.code)).to.deep.equal(['330700']);
  });

  it("is d3-geo's Mercator fitted with fitExtent: every point within 0.1 px of d3's path", () => {
    for (const [lon, lat] of [[118.03, 27.14], [122.9, 31.2], [0, 0], [-70, -45]]) {
      const [x, y] = mercator((lon! * Math.PI) / 180, (lat! * Math.PI) / 180);
      const [dx, dy] = geoMercatorRaw((lon! * Math.PI) / 180, (lat! * Math.PI) / 180);
      expect(x).to.be.closeTo(dx, 1e-12);
      expect(y).to.be.closeTo(dy, 1e-12);
    }
    const t = topo as unknown as Topology;
    const prefectures = feature(t, t.objects['prefectures'] as GeometryCollection);
    const counties = feature(t, t.objects['counties'] as GeometryCollection);
    const width = 600;
    const height = projection.heightFor(geometry, width);
    const d3Path = geoPath(geoMercator().fitExtent([[projection.PADDING, projection.PADDING], [width - projection.PADDING, height - projection.PADDING]], prefectures));
    const ours = projection.projectMap(geometry, width, height);
    const points = (d: string) => d.match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number));
    for (const f of counties.features) {
      const code = (f.properties as { code: string }).code;
      const theirs = points(d3Path(f)!);
      const mine = points(ours.paths.get(code)!);
      // The same points both ways (d3's clipping may start a ring elsewhere; we leave out a
      // point that rounds onto the one before it).
      const near = (list: number[][], [x, y]: number[]) => list.some(([u, v]) => Math.hypot(u! - x!, v! - y!) <= 0.1);
      for (const p of mine) expect(near(theirs, p), `${code}: ${p} is not in d3's path`).to.equal(true);
      for (const p of theirs) expect(near(mine, p), `${code}: d3's ${p} is not in ours`).to.equal(true);
    }
  });

  it('gives a height from the width that keeps the shape', () => {
    const h = projection.heightFor(geometry, 600);
    expect(h).to.be.within(450, 700);
    const aspect = (width: number, height: number) => (height - 2 * projection.PADDING) / (width - 2 * projection.PADDING);
    expect(aspect(300, projection.heightFor(geometry, 300))).to.be.closeTo(aspect(600, h), 0.01);
  });
});

describe('county map: choropleth classes', () => {
  it("are d3-scale's quantile classes, for every count of values", () => {
    const values = [3, 12, 12, 40, 41, 90, 7, 250, 18, 18.5, 66];
    for (let n = 1; n <= values.length; n += 1) {
      const some = values.slice(0, n);
      const distinct = [...new Set(some)].sort((a, b) => a - b);
      const count = Math.min(4, distinct.length);
      const scale = scaleQuantile<number>().domain(distinct).range(Array.from({ length: count }, (_, i) => i));
      const classes = classify(some);
      for (const v of [...some, 0, 5, 20, 1000]) expect(classes.classOf(v), `${n}: ${v}`).to.equal(scale(v));
    }
  });
});

describe('county map: arrow-key neighbours', () => {
  it('takes neighbours from shared arcs', () => {
    // 义乌 borders 诸暨, 东阳, 永康, 武义, 金东, 兰溪 and 浦江; not 婺城 or 磐安.
    expect([...geometry.neighbours.get('330782')!].sort()).to.deep.equal(['330681', '330703', '330723', '330726', '330781', '330783', '330784']);
  });

  it('measures bearings on the plane (y southward) counter-clockwise from east', () => {
    expect(bearing([2, 1], [3, 1])).to.be.closeTo(0, 1e-9);
    expect(bearing([2, 1], [2, 0])).to.be.closeTo(90, 1e-9);
    expect(bearing([2, 1], [1, 1])).to.be.closeTo(180, 1e-9);
    expect(bearing([2, 1], [2, 2])).to.be.closeTo(270, 1e-9);
  });

  it('moves from Yiwu to the bordering county in the arrow direction', () => {
    expect(neighbourTowards(geometry, '330782', 'right')).to.equal('330783'); // 东阳
    expect(neighbourTowards(geometry, '330782', 'up')).to.equal('330681'); // 诸暨
    expect(neighbourTowards(geometry, '330782', 'left')).to.equal('330781'); // 兰溪
    expect(neighbourTowards(geometry, '330782', 'down')).to.equal('330784'); // 永康
  });

  it('stays among the counties in view, and reaches islands', () => {
    const jinhua = new Set(geometry.counties.filter((c) => c.properties.code.startsWith('3307')).map((c) => c.properties.code));
    expect(neighbourTowards(geometry, '330782', 'up', jinhua)).to.equal('330726'); // 浦江
    const zhoushan = neighbourTowards(geometry, '330921', 'down');
    expect(zhoushan).to.be.a('string');
  });
});
