// The browsers and font the suite needs: Chromium, Firefox ESR (unless BROWSERS leaves it
// out) and a CJK font, without which layout tests measure empty boxes. Installs what is
// missing from Debian with apt-get when it runs as root; otherwise names exactly what to
// install and exits 1. `npm test` and .ci/run both go through here.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';

const only = process.env.BROWSERS?.split(',');
const wanted = (name) => !only || only.includes(name);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCjkFont() {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (run.status === 0) return run.stdout.trim() !== '';
  // Without fontconfig's tools (Chromium needs only its library), look at the files.
  try {
    return readdirSync('/usr/share/fonts', { recursive: true }).some((f) => /cjk|wqy|droidsansfallback/i.test(String(f)));
  } catch {
    return false;
  }
}

/** What is missing, each with the Debian package that provides it. */
function missing() {
  const needs = [];
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (wanted('chromium') && !executable(chromium)) needs.push({ what: `Chromium (${chromium})`, pkg: 'chromium' });
  if (wanted('firefox') && !executable(firefox)) needs.push({ what: `Firefox ESR (${firefox})`, pkg: 'firefox-esr' });
  if (!hasCjkFont()) needs.push({ what: 'a CJK font (none found by `fc-list :lang=zh`)', pkg: 'fonts-noto-cjk' });
  return needs;
}

const canInstall = () => process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

const needs = missing();
if (needs.length === 0) process.exit(0);

const packages = needs.map((n) => n.pkg);
if (!canInstall()) {
  const why = process.getuid?.() === 0 ? 'apt-get is not available' : 'this is not running as root';
  console.error(`npm test needs ${needs.map((n) => n.what).join(', ')}, and cannot install ${needs.length === 1 ? 'it' : 'them'}: ${why}.`);
  console.error(`On Debian or Ubuntu, as root: apt-get update && apt-get install -y ${packages.join(' ')}`);
  console.error('Elsewhere, install them with your system\'s packages, then set CHROMIUM_PATH and FIREFOX_PATH');
  console.error('to their binaries (or BROWSERS=chromium to run one browser).');
  process.exit(1);
}

console.log(`installing ${packages.join(' ')} with apt-get`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });

const still = missing();
if (still.length > 0) {
  console.error(`still missing after apt-get install: ${still.map((n) => n.what).join(', ')}`);
  process.exit(1);
}
