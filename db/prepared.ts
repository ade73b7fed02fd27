import "server-only";
import { getDb, type Db } from "./client";

/**
 * A statement built once per connection and reused. Drizzle's `.all()`/`.get()` on a query builder
 * renders the SQL and asks SQLite to compile it on every call; on the pages' hot paths that work and
 * the garbage it leaves were most of a view's cost (docs/BENCHMARKS.md, hot queries). Values go in
 * through `sql.placeholder`, so the SQL text never depends on them.
 */
export function prepared<T>(build: (db: Db) => T): () => T {
  const byConnection = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let statement = byConnection.get(db);
    if (!statement) {
      statement = build(db);
      byConnection.set(db, statement);
    }
    return statement;
  };
}
