// Identifications by content hash: a monorepo holds thousands of identical LICENSE files, and each
// distinct text is identified once per process. The results are frozen, since callers share them.
import { createHash } from "node:crypto";

/** Distinct texts remembered; the oldest is forgotten first. A result is a few hundred bytes. */
export const CACHE_ENTRIES = 4096;

/** The key of a text and the options that change its result (a declared id). */
export function contentKey(text: string, declared: string | undefined): string {
  const h = createHash("sha256").update(text, "utf8");
  if (declared) h.update("\0").update(declared, "utf8");
  return h.digest("base64");
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A small least-recently-used map (a Map keeps insertion order: re-inserting marks an entry as used). */
export class ContentCache<V> {
  private readonly entries = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = CACHE_ENTRIES) {}

  /** The value for `key`, computing and freezing it on a miss. */
  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const value = deepFreeze(compute());
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}
