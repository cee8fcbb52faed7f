// npm run bench: the KPI rows, then the bar-chart rows, in one run against one build of the
// CDN bundle. Flags (--trace, --no-build) go to both benches.
import { execFileSync } from 'node:child_process';

const flags = process.argv.slice(2);
execFileSync('node', ['bench/kpi-bench.js', ...flags], { stdio: 'inherit' });
// The KPI bench has just built dist/ (unless told not to): the bar charts use that build.
execFileSync('node', ['bench/bar-chart-bench.js', ...new Set(['--no-build', ...flags])], { stdio: 'inherit' });
