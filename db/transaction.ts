import type { Connection, Tx } from "./open";
import { assertOutsideTransaction, runInTransactionScope } from "./transaction-scope";

/** The process's connection, found lazily so migrations and scripts can pass their own instead. */
async function processConnection(): Promise<Connection> {
  return (await import("./client")).connection();
}

/**
 * Runs `body` as one transaction and the only way db/queries writes (docs/decisions/0013).
 *
 * PostgreSQL: drizzle's transaction on a pooled connection of its own (READ COMMITTED); bodies
 * that count before they insert lock the row they count under (db/locks.ts).
 *
 * SQLite: better-sqlite3's own transactions cannot span an `await` (drizzle-orm issue 2275,
 * better-sqlite3 issue 1262), so this is BEGIN IMMEDIATE … COMMIT/ROLLBACK on the write
 * connection, under a lock every write of this process takes: no other write can join or
 * interleave with the open transaction, and reads, on their own read-only connection, see only
 * committed data. BEGIN IMMEDIATE takes SQLite's write lock at once, so another process (a
 * script) waits on busy_timeout rather than failing at the first write.
 *
 * Never call it inside another transaction's body (the lock is not re-entrant), and never use the
 * pooled `getDb()` there (a second connection per transaction can exhaust the pool): pass `tx`
 * down. Both throw (db/transaction-scope.ts) rather than deadlock.
 */
export async function transaction<T>(body: (tx: Tx) => Promise<T>, connection?: Connection): Promise<T> {
  assertOutsideTransaction("transaction()");
  const c = connection ?? (await processConnection());
  if (c.dialect === "postgres") {
    return c.pg.transaction((tx) => runInTransactionScope(() => body(tx as unknown as Tx)));
  }
  return c.writeLock.run(() =>
    runInTransactionScope(async () => {
      c.sqlite.exec("BEGIN IMMEDIATE");
      try {
        const result = await body(c.writer);
        c.sqlite.exec("COMMIT");
        return result;
      } catch (error) {
        if (c.sqlite.inTransaction) c.sqlite.exec("ROLLBACK");
        throw error;
      }
    }),
  );
}
