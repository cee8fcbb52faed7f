import { UnionHonorRoll } from '../components/honor-roll/union-honor-roll.js';
import { define } from '../components/base/define.js';

define('union-honor-roll', UnionHonorRoll);
