import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../format/locale.js';
import { adoptStylesOnce } from './adopt-styles.js';
import { sourceContentStyles } from './source-content.styles.js';
import type { SourceView } from './source-view.js';

/** The words inside a source popover, per locale. */
const CONTENT_MESSAGES = {
  'zh-CN': { close: '关闭', closeHint: '按 Esc 键关闭' },
  en: { close: 'Close', closeHint: 'Press Esc to close' },
} as const;

/**
 * What a source popover holds: the quote with the figure marked, the notes, the report's
 * title, issuer and time, and the close line. Loaded the first time any popover opens: a
 * page of cards that nobody opens never fetches it.
 */
export function renderSourceContent(host: Element, view: SourceView, locale: Locale, close: () => void): TemplateResult {
  adoptStylesOnce(host, sourceContentStyles);
  const m = CONTENT_MESSAGES[locale];
  const { quote, markStart, markEnd, report } = view;
  return html`<blockquote part="source-quote" lang="zh-CN">
      ${quote.slice(0, markStart)}<mark part="source-figure">${quote.slice(markStart, markEnd)}</mark>${quote.slice(markEnd)}
    </blockquote>
    ${view.notes.map((note) => html`<p part="source-note" class="source-meta">${note}</p>`)}
    <p class="source-meta">
      <cite lang="zh-CN">${report.title}</cite>${locale === 'en' ? html` (<bdi>${report.titleEn}</bdi>)` : nothing}
    </p>
    <p class="source-meta">
      ${locale === 'en' ? html`<bdi>${report.issuer.en}</bdi>` : html`<bdi lang="zh-CN">${report.issuer.zh}</bdi>`} ·
      <bdi>${view.time}</bdi>
    </p>
    <p class="source-actions">
      <button type="button" part="source-close" class="source-close" @click=${close}>${m.close}</button>
      <span class="source-hint">${m.closeHint}</span>
    </p>`;
}
