import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const defines = readdirSync(resolve(root, 'src/define')).filter((f) => f.endsWith('.ts'));

/** Folds the white space of the css`` literals in *.styles.ts files: smaller bundles, same rules. */
function minifyCssLiterals(): Plugin {
  return {
    name: 'union-viz:minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return undefined;
      const folded = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const css = body
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};:,>])\s*/g, '$1')
          .replace(/;}/g, '}');
        return `css\`${css.trim()}\``;
      });
      return { code: folded, map: null };
    },
  };
}

/**
 * Two builds from one config:
 * - `vite build` (the package): ESM entries for the library, the dataset module and one
 *   file per tag in dist/define/, sharing chunks (Lit once); the embedded dataset and the
 *   validator are split into chunks loaded on demand.
 * - `vite build --mode cdn`: dist/union-viz.js, one file that registers every tag, for a
 *   <script type="module"> tag; the dataset and the validator stay chunks it loads on demand.
 * - `vite` (dev): the demo site in demo/.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: resolve(root, 'demo'),
      publicDir: false,
      server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
      preview: { host: '127.0.0.1', port: 4173 },
    };
  }
  const cdn = mode === 'cdn';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: !cdn,
      target: 'es2022',
      manifest: cdn ? 'manifest-cdn.json' : 'manifest.json',
      lib: cdn
        ? { entry: { 'union-viz': resolve(root, 'src/cdn.ts') }, formats: ['es'] }
        : {
            entry: {
              index: resolve(root, 'src/index.ts'),
              'dataset/index': resolve(root, 'src/dataset/index.ts'),
              ...Object.fromEntries(defines.map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)])),
            },
            formats: ['es'],
          },
      rolldownOptions: {
        // The package leaves Lit to the app's resolver, so Node picks Lit's server build
        // and importing the library there touches no DOM; the CDN bundle carries Lit.
        external: cdn ? [] : [/^lit(-html|-element)?($|\/)/, /^@lit\//],
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
