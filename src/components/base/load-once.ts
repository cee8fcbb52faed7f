/**
 * A load made once and shared by every caller; made again by the next call after it fails
 * (a chunk that did not arrive, a dropped connection), so that one failure is not kept for
 * the page's life.
 */
export function loadOnce<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const made = make();
      pending = made;
      made.catch(() => {
        if (pending === made) pending = undefined;
      });
    }
    return pending;
  };
}
