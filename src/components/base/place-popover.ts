// Where a popover opened from a button goes: the source popovers and the charts' menu.

const MARGIN = 8;

/** Where to put a popover of `size` next to `anchor` so that it stays inside the viewport. */
export function placePopover(
  anchor: DOMRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const maxLeft = viewport.width - size.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  const below = anchor.bottom + 4;
  const above = anchor.top - 4 - size.height;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const top = fitsBelow || above < MARGIN ? below : above;
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN)) };
}
