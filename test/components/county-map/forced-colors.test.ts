import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define/union-county-map.js';
import type { UnionCountyMap } from '../../../src/components/county-map/union-county-map.js';
import { contrast } from '../colors.js';
import { setup } from '../setup.js';

const forcedColors = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
const county = (el: UnionCountyMap, code: string) => el.shadowRoot!.querySelector<SVGPathElement>(`path.county[data-code="${code}"]`)!;

async function drawn(template: ReturnType<typeof html>): Promise<UnionCountyMap> {
  const el = await setup<UnionCountyMap>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('svg.map'), 'the map never drew', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/**
 * What a region is painted with, as colours: a solid fill, or a pattern's background and
 * line colours with its spacing (its width), so that two hatches of the same colours but
 * different density read as different.
 */
function paint(el: UnionCountyMap, path: SVGElement): string {
  const fill = getComputedStyle(path).fill;
  const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1];
  if (!id) return fill;
  const pattern = el.shadowRoot!.getElementById(id)!;
  const lineMark = pattern.querySelector('.hatch-line')!;
  const [bg, line] = [pattern.querySelector('.hatch-bg')!, lineMark].map((n) => getComputedStyle(n));
  expect(contrast(lineMark.localName === 'line' ? line!.stroke : line!.fill, bg!.fill), `${id}: lines against their background`).to.be.at.least(3);
  return `pattern ${bg!.fill} ${line!.stroke} ${line!.fill} every ${pattern.getAttribute('width')} at ${pattern.getAttribute('patternTransform')}`;
}

/**
 * Whether the focus ring stands out on a region: its line or its halo against the region's
 * ground (a pattern's background), and the line against the halo.
 */
function ringStandsOut(el: UnionCountyMap, on: SVGElement): boolean {
  const [line, halo] = ['path.outline', 'path.outline-halo'].map((s) => getComputedStyle(el.shadowRoot!.querySelector(s)!).stroke);
  return contrast(line!, halo!) >= 3 && Math.max(contrast(line!, ground(on)), contrast(halo!, ground(on))) >= 3;
}

/** The plain colour a region shows most of (a pattern's background), to measure a ring against. */
const ground = (path: SVGElement) => {
  const fill = getComputedStyle(path).fill;
  if (!fill.startsWith('url')) return fill;
  const id = /#([^")]+)/.exec(fill)![1]!;
  return getComputedStyle((path.getRootNode() as ShadowRoot).getElementById(id)!.querySelector('.hatch-bg')!).fill;
};

describe('<union-county-map> under forced colours', () => {
  // Chromium emulates forced colours through CDP; Firefox over WebDriver BiDi cannot.
  before(async function () {
    if (!(await forcedColors(true))) this.skip();
  });
  after(() => forcedColors(false));

  for (const theme of ['light', 'dark']) {
    it(`tells reporting regions from the others, and rings the focused one (${theme})`, async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await drawn(html`<union-county-map theme=${theme}></union-county-map>`);
      const [plain, reporting] = [county(el, '330702'), county(el, '330782')];
      expect(reporting.classList.contains('reporting') && !plain.classList.contains('reporting')).to.equal(true);
      expect(contrast(getComputedStyle(reporting).fill, getComputedStyle(plain).fill), 'reporting against plain').to.be.at.least(3);
      const border = parseFloat(getComputedStyle(plain).strokeWidth);
      for (const code of ['330782', '330702']) {
        county(el, code).focus();
        await el.updateComplete;
        const focused = county(el, code);
        const ring = el.shadowRoot!.querySelector<SVGPathElement>('path.outline')!;
        expect(ring.getAttribute('d')).to.equal(focused.getAttribute('d'));
        const [line, halo] = [ring, el.shadowRoot!.querySelector<SVGPathElement>('path.outline-halo')!].map((m) => getComputedStyle(m));
        expect(parseFloat(line!.strokeWidth), `${code} ring width`).to.be.at.least(3 * border);
        expect(parseFloat(halo!.strokeWidth), `${code} halo width`).to.be.above(parseFloat(line!.strokeWidth));
        for (const under of [reporting, plain]) expect(ringStandsOut(el, under), `${code} ring on ${under.dataset['code']}`).to.equal(true);
      }
    });

    it(`keeps every choropleth class, "no data" and the focus apart (${theme})`, async () => {
      const el = await drawn(html`<union-county-map metric="honours.craftsmen.prefecture" theme=${theme}></union-county-map>`);
      const paths = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.county')];
      const classOf = (p: SVGPathElement) => [...p.classList].find((c) => /^class-\d$|^no-data$/.test(c))!;
      const byClass = new Map(paths.map((p) => [classOf(p), p]));
      const names = [...byClass.keys()].sort();
      expect(names).to.deep.equal(['class-0', 'class-1', 'class-2', 'no-data']);
      const paints = names.map((c) => paint(el, byClass.get(c)!));
      expect(new Set(paints).size, JSON.stringify(paints)).to.equal(paints.length);
      // The legend's swatches are painted as the map's regions, in the same order.
      const swatches = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('[part="legend"] rect')];
      expect(swatches.map((s) => paint(el, s))).to.deep.equal(paints);
      county(el, '330782').focus();
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('path.outline')!).strokeWidth)).to.be.at.least(3);
      for (const [c, p] of byClass) expect(ringStandsOut(el, p), `ring on ${c}`).to.equal(true);
    });
  }
});
