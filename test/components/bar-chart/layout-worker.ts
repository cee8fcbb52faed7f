import { layout, type BarDatum } from '../../../src/components/bar-chart/layout.js';

// Lays out what the test sends, where there is no DOM at all.
self.onmessage = (event: MessageEvent<BarDatum[]>) => {
  const chart = layout(event.data, { width: 640 }, { locale: 'zh-CN', group: 'level' });
  self.postMessage({ bars: chart.panels.flatMap((p) => p.bars).length, hasDocument: typeof document !== 'undefined' });
};
