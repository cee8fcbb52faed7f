import type { ReportAnnotation } from '../../src/pipeline/annotation.js';
import { annotation as jiande2020 } from './jiande-2020.js';
import { annotation as jinhuaFiveYear } from './jinhua-five-year.js';
import { annotation as wuyiFiveYear } from './wuyi-five-year.js';
import { annotation as yiwu2018Plenary } from './yiwu-2018-plenary.js';
import { annotation as yiwu2020 } from './yiwu-2020.js';

export { regions } from './regions.js';
export { sharedMetrics } from './metrics.js';

/** Every annotated report, in the order the dataset lists them. */
export const annotations: ReportAnnotation[] = [
  jinhuaFiveYear,
  yiwu2020,
  yiwu2018Plenary,
  jiande2020,
  wuyiFiveYear,
];
