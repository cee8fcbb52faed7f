// The single-file CDN bundle: registers every tag.
import './define/union-kpi.js';
import './define/union-kpi-grid.js';
import './define/union-figure.js';
import './define/union-bar-chart.js';
import './define/union-county-map.js';
