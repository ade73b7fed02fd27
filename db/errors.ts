/**
 * A unique or primary-key violation from either driver, found through drizzle's DrizzleQueryError
 * wrapper (its `cause`): PostgreSQL's SQLSTATE 23505, better-sqlite3's SQLITE_CONSTRAINT_UNIQUE
 * or _PRIMARYKEY. Racing writes meet the constraint; the caller turns it into a 409.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}
