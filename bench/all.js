// npm run bench: every widget's rows in one run against one build of the CDN bundle: the
// KPI, the bar chart, the honour roll and the county map, each beside its yardsticks. Flags
// (--trace, --no-build) go to every bench that takes them.
import { execFileSync } from 'node:child_process';

const flags = process.argv.slice(2);
execFileSync('node', ['bench/kpi-bench.js', ...flags], { stdio: 'inherit' });
// The KPI bench has just built dist/ (unless told not to): the others use that build.
const built = [...new Set(['--no-build', ...flags])];
for (const bench of ['bench/bar-chart-bench.js', 'bench/roll-bench.js', 'bench/map-bench.js']) {
  execFileSync('node', [bench, ...built], { stdio: 'inherit' });
}
