// The CDN bundle, dist/union-viz.js, and the single file, dist/union-viz.standalone.js:
// register every tag. Every line of code a widget runs is in the one file, the error state
// and the index of the embedded dataset included. The dataset's parts that the page's
// widgets show, and the drawing code of its charts, rolls and maps, are requested first,
// before the widgets' code is even evaluated, and arrive in parallel (dist/chunks/);
// without them, a widget says which chunk did not load.
import './dataset/parts/prefetch-page.js';
import './define/union-kpi.js';
import './define/union-kpi-grid.js';
import './define/union-figure.js';
import './components/kpi/kpi-view.js';
import './components/kpi-grid/grid-view.js';
import './components/figure/figure-view.js';
import './components/base/problem-view.js';
import './define/union-bar-chart.js';
import './define/union-honor-roll.js';
import './define/union-county-map.js';
