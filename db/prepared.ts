import "server-only";
import { getDb, type Db } from "./client";

/**
 * A read statement built once per connection and reused. Rendering a query builder's SQL on every
 * call, and (on SQLite) compiling it, was most of a view's cost on the pages' hot paths
 * (docs/BENCHMARKS.md, hot queries). Values go in through `sql.placeholder`, so the SQL text never
 * depends on them. Run it with `await statement().execute(values)`: an array of rows on both
 * dialects. Only for reads: writes go through db/transaction.ts.
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
