import { UnionKpi } from '../components/kpi/union-kpi.js';
import { define } from '../components/base/define.js';

define('union-kpi', UnionKpi);
