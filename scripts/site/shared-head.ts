import type { Plugin } from 'vite';

/** What every page of the demo site has in its head (the title is set by demo/site/shell.ts). */
const HEAD = `<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>union-viz</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./demo.css" />`;

/**
 * Puts the shared head in place of `<!-- site-head -->` in each page of demo/, before Vite
 * reads the page (so the stylesheet is bundled as if written there): one head, not eight.
 */
export function sharedHead(): Plugin {
  return {
    name: 'union-viz:site-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<!-- site-head -->', HEAD),
    },
  };
}
