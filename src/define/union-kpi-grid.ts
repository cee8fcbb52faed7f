import { UnionKpi } from '../components/kpi/union-kpi.js';
import { UnionKpiGrid } from '../components/kpi-grid/union-kpi-grid.js';
import { define } from '../components/base/define.js';

define('union-kpi', UnionKpi);
define('union-kpi-grid', UnionKpiGrid);
