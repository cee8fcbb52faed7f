// The CDN bundle, dist/union-viz.js: registers every tag. Every line of code a widget runs
// is in this one file, the error state and the index of the embedded dataset included, so
// that a page waits for one script and then, in parallel, for the data parts its widgets
// show (dist/chunks/). Without them, a widget says which chunk did not load.
import './define/union-kpi.js';
import './define/union-kpi-grid.js';
import './define/union-figure.js';
import './components/kpi/kpi-view.js';
import './components/kpi-grid/grid-view.js';
import './components/figure/figure-view.js';
import './components/base/problem-view.js';
import './dataset/parts/load.js';
