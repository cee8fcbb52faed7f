import { html, LitElement, svg } from 'lit';
import { chartBaseStyles, chartTokens } from '../../../src/components/base/chart-tokens.styles.js';
import { tokens } from '../../../src/components/base/tokens.styles.js';
import { ResizeController } from '../../../src/components/base/resize-controller.js';
import { RovingFocusController } from '../../../src/components/base/roving-focus.js';
import { ChartMenu } from '../../../src/components/base/chart-menu.js';
import type { ExportSource } from '../../../src/components/base/chart-export.js';
import type { MarkRecord } from '../../../src/components/base/mark-record.js';
import { define } from '../../../src/components/base/define.js';

/**
 * A bare widget that uses the chart base's controllers over three labelled bars, so the
 * base is tested apart from any one chart.
 */
export class TestChartHost extends LitElement {
  static override styles = [tokens, chartTokens, chartBaseStyles];
  readonly size = new ResizeController(this);
  readonly activated: number[] = [];
  dismissed = 0;
  records: MarkRecord[] = [];
  readonly roving = new RovingFocusController(this, {
    marks: () => [...this.renderRoot.querySelectorAll('.mark')],
    activate: (i) => this.activated.push(i),
    dismiss: () => (this.dismissed += 1),
  });
  readonly menu = new ChartMenu(this, () => this.exportSource());
  renders = 0;

  exportSource(): ExportSource {
    return {
      host: this,
      svg: this.renderRoot.querySelector('svg')!,
      frame: this.renderRoot.querySelector('figure')!,
      meta: { title: '测试图表', description: '三个条形', sourceLine: '来源：测试', credit: '制图：union-viz' },
      records: this.records,
      fileStem: 'test-chart',
      fallback: '测试图表：甲 1，乙 2，丙 3',
      locale: this.lang === 'en' ? 'en' : 'zh-CN',
    };
  }

  protected override render() {
    this.renders += 1;
    const labels = ['全国劳动模范', '省级劳动模范', '市级劳动模范'];
    return html`<figure style="margin:0;background:var(--_surface)">
      ${this.menu.render('测试图表', this.lang === 'en' ? 'en' : 'zh-CN')}
      <svg viewBox="0 0 300 120" width="300" height="120" role="group" @keydown=${this.roving.onKeyDown} @focusin=${this.roving.onFocusIn}>
        ${labels.map(
          (label, i) => svg`<g class="mark" role="img" aria-label=${label} tabindex=${this.roving.tabIndex(i)}>
            <rect class="focus-ring" x="2" y=${i * 40 + 2} width="296" height="36"></rect>
            <text x="8" y=${i * 40 + 24} font-size="14" fill="currentColor">${label}</text>
            <rect x="120" y=${i * 40 + 8} width=${(i + 1) * 50} height="24" fill="#3d5a80"></rect>
          </g>`,
        )}
      </svg>
    </figure>`;
  }
}
define('test-chart-host', TestChartHost);
