import { UnionBarChart } from '../../../src/components/bar-chart/union-bar-chart.js';
import { define } from '../../../src/components/base/define.js';
import { UnionDataset } from '../../../src/dataset/union-dataset.js';
import type { Locale } from '../../../src/format/locale.js';
import { datasetWithLevels } from './fixtures.js';

const levelled = new UnionDataset(datasetWithLevels());

/**
 * <union-bar-chart> drawing the embedded dataset with `level` on its honour metrics. The
 * schema does not take `level` yet (issue 7, "Level as data"), so a user dataset cannot
 * carry it; this fixture hands the real view a dataset that does.
 */
export class LevelledBarChart extends UnionBarChart {
  protected override renderData(_: UnionDataset, locale: Locale) {
    return super.renderData(levelled, locale);
  }
}
define('levelled-bar-chart', LevelledBarChart);
