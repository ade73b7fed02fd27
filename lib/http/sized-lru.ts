/**
 * A least-recently-used map bounded by the total size of what it holds, for answers kept per
 * process (lib/http/kept-pages.ts). Sizes are the caller's measure (bytes of a page);
 * an entry larger than the whole budget is not kept at all.
 */
export function createSizedLru<V>({ maxSize, sizeOf }: { maxSize: number; sizeOf: (value: V, key: string) => number }) {
  // A Map iterates in insertion order: re-inserting on every read keeps the oldest first.
  const entries = new Map<string, { value: V; size: number }>();
  let total = 0;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    total -= entry.size;
  }

  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key: string, value: V): void {
      remove(key);
      const size = sizeOf(value, key);
      if (size > maxSize) return;
      while (total + size > maxSize) remove(entries.keys().next().value!);
      entries.set(key, { value, size });
      total += size;
    },
    delete(key: string): void {
      remove(key);
    },
    get size(): number {
      return entries.size;
    },
    get totalSize(): number {
      return total;
    },
  };
}
