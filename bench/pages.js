// The pages the bench times: <union-kpi> from a built bundle; the static floor: the same
// card's markup and CSS as plain HTML, captured from the widget in the same run; and the
// script floor: that card written by a bare module that loads the same part of the data.
// All mark their start at the top of the document and their end once every card is laid
// out (a forced layout read right after the last card is in place), so the times measure
// the same span.

const START = '<script>window.__start = performance.now();</script>';

/** Ends the timing once `ready()` holds, after a layout of the whole page. */
const finish = (ready) => `<script type="module">
  const ready = ${ready};
  (function poll() {
    if (!ready()) { requestAnimationFrame(poll); return; }
    document.documentElement.getBoundingClientRect();
    window.__rendered = performance.now() - window.__start;
  })();
</script>`;

/** A page of `count` KPI cards upgraded by `script` (a URL under the bench server). */
export function kpiPage({ count, fact, script, preload = [] }) {
  const cards = `<union-kpi fact="${fact}"></union-kpi>`.repeat(count);
  const hints = preload.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8">${START}${hints}
<script type="module" src="${script}"></script>
<body>${cards}
${finish(`(() => {
  // Walks forward over the cards that are drawn, so that each poll costs little: a poll
  // that looked at 1,000 shadow roots every frame would weigh on what it measures.
  const kpis = document.getElementsByTagName('union-kpi');
  let drawn = 0;
  return () => {
    while (drawn < kpis.length && kpis[drawn].shadowRoot?.querySelector('[part="value"], [part="error"]')) drawn += 1;
    return drawn === kpis.length;
  };
})()`)}`;
}

/**
 * The floor: `count` copies of a rendered card as plain HTML under one stylesheet. `card`
 * is what captureCard() returned. `:host` rules apply to a wrapper div standing for the
 * element.
 */
export function floorPage({ count, card }) {
  const css = card.css.replace(/:host\(([^)]*)\)/g, '.host$1').replace(/:host/g, '.host');
  const cards = `<div class="host">${card.html}</div>`.repeat(count);
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8">${START}
<style>${css}</style>
<body>${cards}
${finish('() => true')}`;
}

/** Run in the page: the first card's shadow markup (Lit's markers removed) and its CSS. */
export function captureCard() {
  const root = document.querySelector('union-kpi').shadowRoot;
  const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet)];
  const css = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return { html, css };
}

/**
 * The script floor: what any card drawn by a module script pays, whatever draws it. A
 * module, fetched like the bundle, imports the same part of the dataset the KPI loads and
 * writes the captured card (markup and CSS) into each element's shadow root: the page's
 * KPI markup and poll are the same as the widget's.
 */
export function scriptFloorModule({ card, part }) {
  // One stylesheet shared by every card, as the widget shares its adopted sheets.
  return `await import(${JSON.stringify(part)});
const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(card.css)});
const markup = ${JSON.stringify(card.html)};
for (const el of document.getElementsByTagName('union-kpi')) {
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = markup;
}
`;
}
