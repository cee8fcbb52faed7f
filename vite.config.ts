import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const defines = readdirSync(resolve(root, 'src/define')).filter((f) => f.endsWith('.ts'));

/**
 * Two builds from one config:
 * - `vite build` (the package): ESM entries for the library, the dataset module and one
 *   file per tag in dist/define/, sharing chunks (Lit once); the embedded dataset and the
 *   validator are split into chunks loaded on demand.
 * - `vite build --mode cdn`: dist/union-viz.js, one file that registers every tag, for a
 *   <script type="module"> tag.
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
    build: {
      outDir: 'dist',
      emptyOutDir: !cdn,
      target: 'es2022',
      manifest: cdn ? false : 'manifest.json',
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
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          ...(cdn ? { codeSplitting: false } : {}),
        },
      },
    },
  };
});
