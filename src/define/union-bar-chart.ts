import { UnionBarChart } from '../components/bar-chart/union-bar-chart.js';
import { define } from '../components/base/define.js';

define('union-bar-chart', UnionBarChart);
