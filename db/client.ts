import "server-only";
import { env } from "../lib/env";
import { openConnection, type Connection, type Db } from "./open";
import { assertOutsideTransaction } from "./transaction-scope";

export { databasePath, openDatabase, openPostgres, type Connection, type Db, type PostgresConnection, type SqliteConnection, type Tx } from "./open";

const globalForDb = globalThis as unknown as { waypointDb?: Connection };

/** The one connection (pool on PostgreSQL) of this process, kept on globalThis so dev reloads do not open more. */
export function connection(): Connection {
  globalForDb.waypointDb ??= openConnection(env().DATABASE_URL);
  return globalForDb.waypointDb;
}

/**
 * For reads. Writes go through `transaction` (db/transaction.ts). Refused inside a transaction
 * body, where the body's `tx` is the handle to use (db/transaction-scope.ts).
 */
export function getDb(): Db {
  assertOutsideTransaction("getDb()");
  return connection().db;
}
