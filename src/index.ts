// Classes, types and functions. Registers nothing: import union-viz/define/<tag>.js for that.
export * from './dataset/index.js';
export * from './format/index.js';
export { define } from './components/base/define.js';
export { UnionElement, THEMES, type Theme } from './components/base/union-element.js';
export type { WidgetProblem } from './components/base/problem.js';
export type { LoadProblem } from './components/base/dataset-source.js';
export { UnionKpi, KPI_SIZES, type KpiSize } from './components/kpi/union-kpi.js';
export { UnionKpiGrid } from './components/kpi-grid/union-kpi-grid.js';
export { UnionFigure } from './components/figure/union-figure.js';
export { UnionBarChart } from './components/bar-chart/union-bar-chart.js';
export { layout, GROUPS, SORTS, NARROW, type Grouping, type SortOrder, type LayoutOptions, type BarDatum, type ChartLayout } from './components/bar-chart/layout.js';
export type { UnionExportDetail, ExportFormat } from './components/base/chart-export.js';
export { ResizeController } from './components/base/resize-controller.js';
export { RovingFocusController, type RovingFocusOptions } from './components/base/roving-focus.js';
export { UnionCountyMap } from './components/county-map/union-county-map.js';
export type { UnionRegionSelectDetail } from './components/county-map/events.js';
