// node bench/roll-bench.js: renders <union-honor-roll> in headless Chromium from the built CDN
// bundle and prints (medians of BENCH_RUNS runs): the time from script start to the built-in
// rolls rendered; for a user dataset (`src`) of 5,000 entries, the time to first render, and
// the median and worst time per keystroke of filtering (input event to the roll updated and
// laid out). A benchmark, not a test: it reports and never fails on a figure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launchChromium, serveBench } from './harness.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ENTRIES = 5000;

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
}

/** The embedded dataset with its rolls replaced by 50 rolls of 100 made-up entries each. */
function bigDataset() {
  const data = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
  const given = '思诗立栋自成旭君俊芳开正国红丽萍亚州仁斌明华建伟志强秀英敏军平杰娟涛超霞刚桂兰玉珍文辉';
  const places = ['义乌市', '金华市', '武义县', '建德市', '东阳市', '永康市', '浦江县', '兰溪市'];
  const bodies = ['交通投资建设集团有限公司', '人民医院', '实验中学', '公安局巡防大队', '税务局', '供电公司', '总工会', '社会福利院'];
  const levels = ['national', 'provincial', 'prefecture', 'county'];
  const report = data.reports[0].id;
  let n = 0;
  data.honorRolls = Array.from({ length: 50 }, (_, r) => ({
    id: `${report}.bench-${r}`,
    report,
    award: { zh: `第${r + 1}届“最美职工”`, en: `Most Beautiful Workers, round ${r + 1}` },
    level: levels[r % 4],
    year: 2000 + (r % 20),
    issuer: { zh: `${places[r % places.length]}总工会`, en: 'A federation of trade unions' },
    entries: Array.from({ length: ENTRIES / 50 }, () => {
      n += 1;
      const name = surnames[n % surnames.length] + given[(n * 7) % given.length] + (n % 3 ? given[(n * 13) % given.length] : '');
      const workplace = `${places[(n * 3) % places.length]}${bodies[(n * 5) % bodies.length]}`;
      const start = n * 20;
      return {
        kind: n % 10 === 0 ? 'organisation' : 'person',
        name,
        workplace,
        // As the contract has it: starts only (a name ends name.length later), and no line
        // where the line is the name alone.
        nameSource: { start },
        workplaceSource: { start: start + name.length + 1 },
      };
    }),
  }));
  return JSON.stringify(data);
}

function page(src) {
  return `<!doctype html><meta charset="utf-8"><body>
<script>window.__start = performance.now();</script>
<script type="module" src="/dist/union-viz.js"></script>
<union-honor-roll ${src ? `src="${src}"` : ''} style="width: 1000px"></union-honor-roll>
<script type="module">
  const roll = document.querySelector('union-honor-roll');
  const done = () => roll.shadowRoot && roll.shadowRoot.querySelector('[part="group"], [part="error"]:not([aria-busy])');
  (function poll() { if (done()) window.__rendered = performance.now() - window.__start; else requestAnimationFrame(poll); })();
</script>`;
}

const big = bigDataset();
const { base, close } = await serveBench((url) => {
  if (url.pathname === '/page') return { type: 'text/html', body: page(url.searchParams.get('src')) };
  if (url.pathname === '/big.json') return { type: 'application/json', body: big };
  return undefined;
});

const browser = await launchChromium();

/** Types `text` then deletes it, a keystroke at a time; each keystroke's time to the roll laid out. */
const KEYSTROKES = `async (text) => {
  const roll = document.querySelector('union-honor-roll');
  const input = roll.shadowRoot.querySelector('input[type="search"]');
  const times = [];
  const key = async (value) => {
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await roll.updateComplete;
    roll.shadowRoot.querySelector('.frame').getBoundingClientRect();
    times.push(performance.now() - t0);
  };
  const chars = [...text];
  for (let i = 1; i <= chars.length; i += 1) await key(chars.slice(0, i).join(''));
  for (let i = chars.length - 1; i >= 0; i -= 1) await key(chars.slice(0, i).join(''));
  return times;
}`;

async function measure(src, typing) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${base}/page${src ? `?src=${src}` : ''}`);
  await tab.waitForFunction('window.__rendered !== undefined', { timeout: 60000 });
  const ms = await tab.evaluate('window.__rendered');
  if (src) {
    // A refused dataset draws the error state, and there is nothing to type into: say why.
    const problem = await tab.evaluate(`document.querySelector('union-honor-roll').shadowRoot.querySelector('[part="error"]')?.textContent ?? ''`);
    if (problem) throw new Error(`the ${src} roll shows an error, not the roll: ${problem.trim().slice(0, 300)}`);
  }
  const keys = typing ? await tab.evaluate(`(${KEYSTROKES})(${JSON.stringify(typing)})`) : [];
  await tab.close();
  return { ms, keys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const builtIn = [];
const user = [];
for (let i = 0; i < RUNS; i += 1) builtIn.push(await measure(null, null));
for (let i = 0; i < RUNS; i += 1) user.push(await measure('/big.json', '义乌市 王思 人民医院'));
await browser.close();
close();

const keys = user.flatMap((r) => r.keys);
console.log(`union-honor-roll, ${RUNS} runs each, headless Chromium, CDN bundle`);
console.log('case'.padEnd(44), 'median'.padStart(10), 'worst'.padStart(10));
const row = (name, median, worst) => console.log(name.padEnd(44), `${median.toFixed(1)} ms`.padStart(10), worst === undefined ? '' : `${worst.toFixed(1)} ms`.padStart(10));
row('built-in rolls (99 entries): time to rendered', median(builtIn.map((r) => r.ms)));
row(`user dataset (${ENTRIES} entries): first render`, median(user.map((r) => r.ms)));
if (process.env.BENCH_VERBOSE) console.log(user.map((r) => r.keys.map((k) => k.toFixed(0)).join(" ")).join("\n"));
row(`user dataset: per keystroke (${keys.length} keys)`, median(keys), Math.max(...keys));
