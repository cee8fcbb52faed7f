// What stands below the first screen: a page pays for a widget's code and data only when a
// reader scrolls to it.

let observer: IntersectionObserver | undefined;
const pending = new Map<Element, () => void>();

/** Runs `then` once, when `target` first comes into the viewport. */
export function onFirstSight(target: Element, then: () => void): void {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer!.unobserve(entry.target);
      pending.get(entry.target)?.();
      pending.delete(entry.target);
    }
  });
  pending.set(target, then);
  observer.observe(target);
}

/** Resolves when the widget has drawn (no skeleton left in its shadow root), or after 10 s. */
function drawn(widget: HTMLElement): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      const root = widget.shadowRoot;
      const done = root !== null && root.childElementCount > 0 && !root.querySelector('.skeleton-bar, [aria-busy="true"]');
      if (done || performance.now() - started > 10_000) resolve();
      else setTimeout(look, 100);
    };
    look();
  });
}

/**
 * A slot that receives `make()` when it first comes into the viewport, after `load()` (the
 * tag's define module) has run. `room` is about the height the widget takes: the slot keeps
 * it until the widget has drawn (its skeleton is shorter; were the slot to shrink, the next
 * slots would come into view and load too), then fits the widget.
 */
export function whenVisible(load: () => Promise<unknown>, make: () => HTMLElement, room = '24rem'): HTMLElement {
  const slot = document.createElement('div');
  slot.className = 'lazy-slot';
  slot.style.minHeight = room;
  onFirstSight(slot, () => {
    void load().then(async () => {
      const widget = make();
      slot.append(widget);
      await drawn(widget);
      slot.style.minHeight = '';
    });
  });
  return slot;
}
