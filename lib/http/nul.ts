/**
 * Where a value holds a NUL character (U+0000), as a path into it, or null. PostgreSQL's text
 * cannot store NUL at all (a query carrying one fails as a whole), and no field of ours has a use
 * for it, so input with one is refused at the edge, on SQLite too: both databases answer alike.
 */
export function nulPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key];
    const found = nulPath(inner, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}
