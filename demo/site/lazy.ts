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

/**
 * A slot that receives `make()` when it first comes into the viewport, after `load()` (the
 * tag's define module) has run. `room` is about the height the widget takes: the slot keeps
 * it before and after (a widget first draws a short skeleton; were the slot to shrink, the
 * next slots would come into view and load too), so the page does not jump.
 */
export function whenVisible(load: () => Promise<unknown>, make: () => HTMLElement, room = '24rem'): HTMLElement {
  const slot = document.createElement('div');
  slot.className = 'lazy-slot';
  slot.style.minHeight = room;
  onFirstSight(slot, () => void load().then(() => slot.append(make())));
  return slot;
}
