import { css } from 'lit';

/**
 * The frame every chart, map and roll sits in: its header (title, toolbar), the note under
 * it, the source line and the key hint shown while the widget has focus.
 */
export const chartFrameStyles = css`
  .chart-figure {
    margin: 0;
  }
  .frame {
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .heading {
    margin: 0;
    font-size: max(12px, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
  }
  .toolbar {
    display: flex;
    gap: 0.5rem;
  }
  .note {
    margin: 0.5rem 0 0;
    padding: 0.375rem 0.5rem;
    border-inline-start: 3px solid var(--_accent);
    color: var(--_text);
    font-size: max(12px, 0.875em);
  }
  .source {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: max(12px, 0.875em);
  }
  .keys {
    display: none;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: max(12px, 0.8125em);
  }
  /* The keys are shown to a keyboard user inside the drawing only: shown on any focus in the
     frame, the line appeared when a pointer pressed the source button or the menu, pushed
     them down before the button was released, and the click was lost. */
  .plot:has(:focus-visible) .keys {
    display: block;
  }
`;
