const warned = new WeakMap<object, Set<string>>();

/** One console warning per element and message, however often the element re-renders. */
export function warnOnce(element: object, message: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(message);
}
