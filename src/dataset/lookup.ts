/** What a lookup names when it finds nothing. */
export const LOOKUP_KINDS = ['fact', 'report', 'region', 'metric', 'honor-roll'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** A typed "not found": the caller must handle it; nothing throws. */
export interface NotFound {
  kind: 'not-found';
  what: LookupKind;
  /** The id, code or name that was asked for. */
  key: string;
  /** Known keys that look close to it, best first, for "did you mean". */
  suggestions: string[];
}

export type Lookup<T> = { ok: true; value: T } | { ok: false; error: NotFound };

export function found<T>(value: T): Lookup<T> {
  return { ok: true, value };
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** A not-found with up to three known keys that share the longest start with the key. */
export function notFound<T>(what: LookupKind, key: string, known: Iterable<string>): Lookup<T> {
  const suggestions = [...known]
    .map((k) => ({ k, score: sharedPrefix(k, key) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((s) => s.k);
  return { ok: false, error: { kind: 'not-found', what, key, suggestions } };
}
