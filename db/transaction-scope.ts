import { AsyncLocalStorage } from "node:async_hooks";

/*
 * Marks the async work running inside a transaction body (db/transaction.ts), so the pooled
 * accessors can refuse to run there. Without "server-only" so scripts and migrations load it too.
 *
 * Why refuse: on PostgreSQL a transaction holds one pooled connection until it ends. A query on the
 * process pool from inside the body needs a SECOND connection; with as many such requests in flight
 * as the pool has connections, every connection is held by a transaction waiting for another, and
 * nothing ever completes (docs/BENCHMARKS.md, two replicas at 50 connections). On SQLite the same
 * call reads the read-only connection, which does not see the body's own uncommitted writes, and a
 * nested transaction() waits forever on the non-re-entrant write lock. Both are bugs on either
 * dialect, so the check runs always (AsyncLocalStorage.getStore is a cheap lookup).
 */
const scope = new AsyncLocalStorage<true>();

export function runInTransactionScope<T>(body: () => Promise<T>): Promise<T> {
  return scope.run(true, body);
}

export function insideTransaction(): boolean {
  return scope.getStore() === true;
}

/** Throws when called inside a transaction body: `what` names the call, for the message. */
export function assertOutsideTransaction(what: string): void {
  if (insideTransaction()) {
    throw new Error(
      `${what} was called inside a transaction body. Use the \`tx\` the body was given (pass it down): ` +
        "a second pooled connection there can deadlock the pool, and a nested transaction deadlocks on SQLite's write lock.",
    );
  }
}
