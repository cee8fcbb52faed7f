import { CDN_SCRIPT } from '../embed-code.js';

export type SnippetForm = 'cdn' | 'npm';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tag with its attributes and the fallback text a page shows before (or without) scripts. */
export function tagCode(tag: string, attributes: Record<string, string>, fallback: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  return `<${tag}${attrs}>${escapeText(fallback)}</${tag}>`;
}

/**
 * What an editor pastes: the CDN script and the tag, or, for an app that bundles, the npm
 * import of that tag's define file and the tag.
 */
export function snippet(form: SnippetForm, tag: string, attributes: Record<string, string>, fallback: string): string {
  const element = tagCode(tag, attributes, fallback);
  if (form === 'cdn') return `<script type="module" src="${CDN_SCRIPT}"></script>\n${element}`;
  return `// npm install union-viz\nimport 'union-viz/define/${tag}.js';\n\n// then, in your page or template:\n// ${element}`;
}
