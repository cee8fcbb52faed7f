import { expect } from '@open-wc/testing';
import { version } from '../../package.json';
import { CDN_SCRIPT, embedCode } from '../../demo/embed-code.js';

const text = async (path: string) => (await fetch(path)).text();

describe('demo page', () => {
  it('hands out embed code with the CDN address the README gives, for this release line', async () => {
    const readmeScripts = [...(await text('/README.md')).matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    const [major, minor] = version.split('.');
    expect(CDN_SCRIPT).to.equal(`https://cdn.jsdelivr.net/npm/union-viz@${major}.${minor}/dist/union-viz.js`);
    expect(readmeScripts).to.include(CDN_SCRIPT);
    expect(embedCode('yiwu-2020').split('\n')).to.deep.equal([
      `<script type="module" src="${CDN_SCRIPT}"></script>`,
      '<union-kpi-grid report="yiwu-2020"></union-kpi-grid>',
    ]);
  });

  it('sets the Chinese inline sentence without spaces between its words and figures', async () => {
    const page = new DOMParser().parseFromString(await text('/demo/index.html'), 'text/html');
    const sentence = page.querySelector('p[lang="zh-CN"]')!;
    expect(sentence.querySelectorAll('union-figure')).to.have.length(2);
    expect(sentence.textContent).to.match(/^2020年，义乌/);
    expect(sentence.textContent).not.to.match(/\s/);
  });
});
