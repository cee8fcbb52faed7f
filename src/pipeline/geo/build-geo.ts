import type { FeatureCollection } from 'geojson';
import { cleanCounties } from './clean.js';
import { geoReadme } from './readme.js';
import { buildRegions, type DivisionRow, type GeoRegion } from './regions.js';
import { readCounties } from './source.js';
import { buildTopology, rewindForD3, type MapTopology } from './topology.js';
import { validateTopology } from './validate.js';

export interface GeoInputs {
  /** The eleven prefecture GeoJSON files of the polygon package. */
  files: readonly FeatureCollection[];
  cities: readonly DivisionRow[];
  areas: readonly DivisionRow[];
  toSyllables: (text: string) => string;
  /** Versions of the packages, for the README. */
  versions: Readonly<Record<string, string>>;
}

export interface GeoOutputs {
  topology: MapTopology;
  regions: GeoRegion[];
  /** File name under data/geo → content. */
  files: Record<string, string>;
  problems: string[];
}

/** Builds the boundaries, the region table and their README; problems list what fails validation. */
export async function buildGeo(inputs: GeoInputs): Promise<GeoOutputs> {
  const regions = buildRegions(inputs.cities, inputs.areas, inputs.toSyllables);
  const cleaned = await cleanCounties(readCounties(inputs.files));
  const names = new Map(regions.filter((r) => r.level === 'prefecture').map((r) => [r.code, r.zh]));
  const topology = buildTopology(rewindForD3(cleaned), names);
  const problems = validateTopology(topology, regions);
  return {
    topology,
    regions,
    problems,
    files: {
      'zhejiang.topo.json': `${JSON.stringify(topology)}\n`,
      'regions.json': `${JSON.stringify(regions, null, 1)}\n`,
      'README.md': geoReadme(regions, inputs.versions),
    },
  };
}
