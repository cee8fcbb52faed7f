import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { thirdPartyNotices, type NoticesOptions } from './scripts/build/third-party-notices.js';
import { sharedHead } from './scripts/site/shared-head.js';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const COVERS = `union-viz ${version} (MIT)`;
/**
 * Where each build writes the notices of the packages it bundles (see third-party-notices.ts):
 * the package's modules beside them, the CDN bundle beside it with a banner naming the file,
 * and the single file inside itself, since it is uploaded alone.
 */
const LIBRARY_ENTRIES = /[\\/]src[\\/](define[\\/]|cdn\.ts$|index\.ts$|dataset[\\/]index\.ts$)/;
const NOTICES: Record<string, NoticesOptions> = {
  production: { fileName: 'THIRD-PARTY-NOTICES.txt', covers: COVERS, entries: LIBRARY_ENTRIES },
  cdn: { fileName: 'union-viz.js.LICENSE.txt', covers: COVERS, entries: LIBRARY_ENTRIES, banner: true },
  standalone: { fileName: 'union-viz.standalone.js.LICENSE.txt', covers: COVERS, entries: LIBRARY_ENTRIES, inline: true },
  site: { fileName: 'THIRD-PARTY-NOTICES.txt', covers: `The union-viz ${version} demo site`, entries: /[\\/]demo[\\/][^\\/]+\.html$/ },
};
const defines = readdirSync(resolve(root, 'src/define')).filter((f) => f.endsWith('.ts'));

/**
 * Folds the white space of the css`` literals in *.styles.ts files, drops their comments
 * (they explain a rule to the reader of the source, not to the browser), and leading zeros
 * (0.5em → .5em): smaller bundles, same rules.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'union-viz:minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return undefined;
      const folded = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const css = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};:,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2');
        return `css\`${css.trim()}\``;
      });
      return { code: folded, map: null };
    },
  };
}

const packageEntries = {
  index: resolve(root, 'src/index.ts'),
  'dataset/index': resolve(root, 'src/dataset/index.ts'),
  ...Object.fromEntries(defines.map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)])),
};

const GENERATED = resolve(root, 'src/dataset/parts/generated');
/** The embedded dataset's part files (core, reports, provenance, each report's parts), by path under GENERATED. */
const partFiles = readdirSync(GENERATED, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\\/g, '/'))
  .sort();
const versionOf = (name: string): string => (JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
/**
 * One name for the whole of the embedded dataset's parts: a hash of their content and of
 * the tools that write them (vite, rolldown). The parts are chunks named after their keys in
 * a folder named after it (chunks/data-1a2b3c4d/yiwu-2020.facts-legal.js): a new dataset or
 * a new bundler is a new folder, so no cache serves a stale part, and the index of parts
 * that every widget loads repeats one folder name instead of carrying an eight-character
 * hash per part (about 0.17 KB less, gzip). The package and the CDN bundle write the same
 * part files into dist/chunks/: partFilesAgree() fails the build where they would differ.
 */
const DATA_VERSION = createHash('sha256')
  .update([`vite ${versionOf('vite')}`, `rolldown ${versionOf('rolldown')}`, ...partFiles.map((f) => `${f}\0${readFileSync(resolve(GENERATED, f), 'utf8')}`)].join('\0'))
  .digest('hex')
  .slice(0, 8);
const partChunkName = (moduleId: string | null | undefined): string | undefined => {
  const match = moduleId?.match(/[\\/]parts[\\/]generated[\\/](.+)\.json$/);
  return match ? match[1]!.replace(/[\\/]/g, '.') : undefined;
};

/**
 * Fails a build that would overwrite a part file of dist/chunks/data-…/ with other bytes:
 * the package's and the CDN bundle's parts share their names, so they must be the same file.
 */
function partFilesAgree(): Plugin {
  return {
    name: 'union-viz:part-files-agree',
    generateBundle(options, bundle) {
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || !fileName.startsWith(`chunks/data-${DATA_VERSION}/`)) continue;
        let existing: string | undefined;
        try {
          existing = readFileSync(resolve(options.dir ?? 'dist', fileName), 'utf8');
        } catch {
          continue;
        }
        if (existing !== chunk.code) this.error(`${fileName} differs from the one an earlier build wrote into ${options.dir}: part files must be the same in every build`);
      }
    },
  };
}

/** Lit stays a dependency of the package: an app bundles it once, and Node gets Lit's server build. */
const isLit = (id: string) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr-dom-shim)(\/|$)/.test(id);

/**
 * What the charts', maps' and rolls' views share, in one chunk: the menu and what its
 * exports say (export-source.ts), keyboard movement across marks, the table and the honour
 * levels' names (level-words.ts). One file, not six, and the views' loaders ask for it beside
 * the view (loading.ts), not after it. Not the records behind the table (mark-record.ts):
 * they format figures, which a map draws without.
 */
const CHART_BASE = {
  name: 'chart-base',
  test: /[\\/]src[\\/]components[\\/]base[\\/](chart-menu(\.styles)?|chart-messages|roving-focus|data-table|export-source|level-words)\.ts$/,
};

/**
 * What the CDN bundle leaves in chunks: the data parts and the validator; the drawing code
 * of the charts, maps and rolls (their views, the base parts only they use, d3 and
 * topojson), which a page of KPI cards never runs; the menu's export code; a source
 * popover's content, until one opens; and the code that fetches a `src` dataset. Their tag files (the element and its styles) stay
 * in union-viz.js, so every tag registers from the one file.
 */
const ON_DEMAND_IN_CDN = [
  // The dataset's parts, not its core: a bundle that holds every widget finds their parts at once.
  /(?<![\\/]core)\.json$/,
  /\/dataset\/from-json\.ts$/,
  /\/dataset\/validate/,
  /\/node_modules\/(d3-|internmap|topojson)/,
  // Not their tag files, nor what the bundle asks for before the tags upgrade (loading.ts).
  /\/components\/(bar-chart|county-map|honor-roll)\/(?!union-|loading\.)[^/]+$/,
  /\/components\/base\/(chart-export|svg-export|png-export|csv|embed-code)\.ts$/,
  // What only the charts', maps' and rolls' views draw with: a page of KPI cards parses none of it.
  CHART_BASE.test,
  // What a source popover holds, loaded when one first opens; fetching a `src` dataset.
  /\/components\/base\/(source-content(\.styles)?|dataset-fetch)\.ts$/,
];
const inCdnEntry = (id: string) => !ON_DEMAND_IN_CDN.some((pattern) => pattern.test(id));


/**
 * The package's shared code in a few chunks instead of one per module: a KPI's view pulls
 * the formatting and the source button from one file, not ten, which is fewer requests and
 * fewer bytes (each file is compressed on its own). `union-viz/dataset` imports only the
 * dataset's queries (no Lit, no DOM: scripts/consumers.js checks it). The price: the honour
 * roll, which used two of the formatting modules, loads the whole formatting chunk (see
 * npm run size).
 */
const SHARED_CHUNKS = [
  // What every tag file holds (Lit, the base element): first, so that the groups below
  // that import it leave it where it is.
  {
    name: 'union-element',
    priority: 1,
    test: /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](?!.*directive)|src[\\/](components[\\/]base[\\/](union-element|tokens\.styles|base\.styles|lang|messages|page-attributes|theme|define|dataset-source)|format[\\/]locale)\.ts$)/,
  },
  // Shared by the source popover, the charts' menu and the error state, which need nothing
  // else of each other's chunks: the map's menu places itself without the formatting.
  { name: 'adopt-styles', priority: 1, test: /[\\/](adopt-styles|place-popover)\.ts$/ },
  // What a figure's card draws with, in one file: the formatting and the source button (one
  // file, not two, is about 0.3 KB less for a KPI). Units and approximations named in words
  // are read by the exports and the site only: they stay with the CSV.
  {
    name: 'format',
    test: /[\\/]src[\\/](format[\\/](?!locale|quantity-words)[^/]+|components[\\/](base[\\/](source-view|source-popover|source-popover-messages|source-popover\.styles)|kpi[\\/]select-fact))\.ts$/,
  },
  // The dataset's wording (a metric's category, noun, label) and where a figure sits in its
  // quote go with the queries: the map and the roll query the dataset without formatting a
  // figure, and union-viz/dataset without the source button's Lit.
  { name: 'dataset-query', priority: 1, test: /[\\/]src[\\/]dataset[\\/](union-dataset|lookup|wording|freeze|spans)\.ts$/ },
];

/** A plugin that resolves the imports of the module `from` to `to` (paths from the root): a module swapped for one build. */
function swapModule(name: string, from: string, to: string): Plugin {
  const swapped = resolve(root, from);
  const file = `/${from.replace(/^.*\//, '').replace(/\.ts$/, '.js')}`;
  return {
    name: `union-viz:${name}`,
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith(file)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === swapped ? resolve(root, to) : null;
    },
  };
}

/** For the single file, which carries the dataset whole: the parts loader becomes load-whole.ts. */
const wholeDataset = () => swapModule('whole-dataset', 'src/dataset/parts/load.ts', 'src/dataset/parts/load-whole.ts');

/** For the CDN bundle and the single file, which hold every widget: the dataset's core inline (core-inline.ts). */
const inlineCore = () => swapModule('inline-core', 'src/dataset/parts/core-source.ts', 'src/dataset/parts/core-inline.ts');

/**
 * Builds from one config:
 * - `vite build` (the package): ESM entries for the library, the dataset module and one
 *   file per tag in dist/define/, sharing chunks; `lit` stays an import (a dependency), so
 *   the library imports in Node without a DOM. The widgets' views, the error state, the
 *   validator and each part of the embedded dataset are chunks loaded on demand.
 * - `vite build --mode cdn`: dist/union-viz.js for a <script type="module"> tag: every tag,
 *   Lit, the views and the error state in one file; only the dataset's parts and the
 *   validator are chunks (dist/chunks/), fetched in parallel when a widget needs them.
 * - `vite build --mode standalone`: dist/union-viz.standalone.js, the same with every chunk
 *   inlined: one file that works alone, e.g. uploaded to a CMS media library.
 * - `vite build --mode size`: the package as an app would bundle it (Lit included), into
 *   node_modules/.cache/union-viz-size, for scripts/size.js.
 * - `vite` (dev) and `vite build --mode site`: the demo site in demo/, every page of it, built
 *   into dist-site/ with relative URLs so that it works from any static host or subfolder.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'site') {
    const pages = readdirSync(resolve(root, 'demo')).filter((f) => f.endsWith('.html'));
    return {
      root: resolve(root, 'demo'),
      base: './',
      publicDir: false,
      plugins: [sharedHead(), ...(mode === 'site' ? [thirdPartyNotices(NOTICES.site!)] : [])],
      server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
      preview: { host: '127.0.0.1', port: 4173 },
      build: {
        outDir: resolve(root, 'dist-site'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), resolve(root, 'demo', p)])) },
      },
    };
  }
  const bundle = mode === 'cdn' || mode === 'standalone';
  const size = mode === 'size';
  return {
    publicDir: false,
    plugins: [
      minifyCssLiterals(),
      partFilesAgree(),
      ...(bundle ? [inlineCore()] : []),
      ...(mode === 'standalone' ? [wholeDataset()] : []),
      ...(NOTICES[mode] ? [thirdPartyNotices(NOTICES[mode])] : []),
    ],
    build: {
      outDir: size ? 'node_modules/.cache/union-viz-size' : 'dist',
      emptyOutDir: mode === 'production' || size,
      target: 'es2022',
      manifest: mode === 'production' || size ? 'manifest.json' : `manifest-${mode}.json`,
      lib: {
        entry:
          mode === 'cdn'
            ? { 'union-viz': resolve(root, 'src/cdn.ts') }
            : mode === 'standalone'
              ? { 'union-viz.standalone': resolve(root, 'src/cdn.ts') }
              : packageEntries,
        formats: ['es'],
      },
      rolldownOptions: {
        ...(mode === 'production' ? { external: isLit } : {}),
        // The views and the loader are imported statically there on purpose: one file for all the code.
        ...(bundle ? { preserveEntrySignatures: false as const, checks: { ineffectiveDynamicImport: false } } : {}),
        output: {
          minify: true,
          chunkFileNames: (chunk) => {
            const part = partChunkName(chunk.facadeModuleId);
            return part ? `chunks/data-${DATA_VERSION}/${part}.js` : 'chunks/[name]-[hash].js';
          },
          ...(mode === 'cdn' ? { codeSplitting: { groups: [{ name: 'union-viz', test: inCdnEntry }, CHART_BASE] } } : {}),
          ...(mode === 'standalone' ? { codeSplitting: false } : {}),
          ...(mode === 'production' ? { codeSplitting: { groups: [...SHARED_CHUNKS, CHART_BASE] } } : {}),
          // For scripts/size.js: the package's chunks, and the whole dataset in a chunk of its own, to weigh it.
          ...(size ? { codeSplitting: { groups: [...SHARED_CHUNKS, CHART_BASE, { name: 'embedded-dataset', test: /data\/dataset\.json$/ }] } } : {}),
        },
      },
    },
  };
});
