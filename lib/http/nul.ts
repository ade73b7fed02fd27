type Path = (string | number)[];

/**
 * Where a value holds a NUL character (U+0000), as a path into it, or null. PostgreSQL's text
 * cannot store NUL at all (a query carrying one fails as a whole), and no field of ours has a use
 * for it, so input with one is refused at the edge, on SQLite too: both databases answer alike.
 *
 * Walked with a stack of its own, not by recursion: a 64 KiB body can nest thousands of arrays
 * deep (`[[[[…`), which overflowed the call stack and answered 500.
 */
export function nulPath(value: unknown): Path | null {
  const pending: { value: unknown; path: Path }[] = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === "string") {
      if (current.includes("\u0000")) return path;
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    const entries = Object.entries(current);
    const keyed = entries.find(([key]) => key.includes("\u0000"));
    if (keyed) return [...path, keyed[0]];
    // Pushed in reverse so the first field is looked at first: the path named is the first NUL.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      pending.push({ value: inner, path: [...path, Array.isArray(current) ? Number(key) : key] });
    }
  }
  return null;
}
