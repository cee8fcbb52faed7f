import { UnionCountyMap } from '../components/county-map/union-county-map.js';
import { define } from '../components/base/define.js';

define('union-county-map', UnionCountyMap);
