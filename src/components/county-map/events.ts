/** Detail of `union-region-select`: the region's GB/T 2260 code and its name in the map's language. */
export interface UnionRegionSelectDetail {
  code: string;
  name: string;
}

/** The event a county map fires when a region is selected (click or Enter). */
export const REGION_SELECT = 'union-region-select';

/** The event, bubbling and composed so a page hears it through the shadow root. */
export function regionSelectEvent(detail: UnionRegionSelectDetail): CustomEvent<UnionRegionSelectDetail> {
  return new CustomEvent(REGION_SELECT, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'union-region-select': CustomEvent<UnionRegionSelectDetail>;
  }
}
