import { UnionFigure } from '../components/figure/union-figure.js';
import { define } from '../components/base/define.js';

define('union-figure', UnionFigure);
