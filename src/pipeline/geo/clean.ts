import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Snap interval in degrees: half the source's 1/1024° grid, so near-equal vertices meet. */
export const SNAP_INTERVAL = 1 / 2048;
/** Slivers and gaps smaller than this (m²) are removed or filled. */
export const SLIVER_AREA = 2e5;

/** Parts of a county smaller than this (m²) are dropped: fragments and islets. */
export const FRAGMENT_AREA = 2e6;

type Collection = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
type Mapshaper = { applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>> };

/**
 * Cleans the raw polygons with mapshaper: snaps vertices, removes spikes, one-cell slivers
 * and the gaps and overlaps between neighbours, so that neighbours share their borders
 * exactly before the topology is built.
 */
export async function cleanCounties(raw: Collection): Promise<Collection> {
  // mapshaper ships no types; its one entry point used here is typed above.
  const mapshaper = ((await import('mapshaper' as string)) as { default: Mapshaper }).default;
  const out = await mapshaper.applyCommands(
    [
      '-i counties.json',
      `-clean snap-interval=${SNAP_INTERVAL} gap-fill-area=${SLIVER_AREA}m2 sliver-control=1`,
      // -clean leaves the overlaps between neighbours as fragments of one county inside
      // another, and the coast has hundreds of rocks: both go, and the gaps the fragments
      // leave are filled by the neighbour with the longest shared border.
      '-explode',
      `-filter 'this.area >= ${FRAGMENT_AREA}'`,
      '-dissolve2 code copy-fields=name',
      `-clean gap-fill-area=${FRAGMENT_AREA * 1.5}m2`,
      '-o clean.json format=geojson',
    ].join(' '),
    { 'counties.json': raw },
  );
  const text = out['clean.json'];
  return JSON.parse(typeof text === 'string' ? text : Buffer.from(text!).toString('utf8')) as Collection;
}
