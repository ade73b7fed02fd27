import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { dialectOf } from "./dialect";
import { Mutex } from "./mutex";
import * as schema from "./schema";
import * as pgSchema from "./schema.pg";

/*
 * Opening a database, without the process-wide connection (db/client.ts) and without
 * "server-only", so scripts (db-synth, the harness) and migrations can use it too.
 */

/**
 * The query type every module in db/queries is written against. On PostgreSQL the drizzle
 * database is cast to it (docs/decisions/0013): the builders share their API, queries await them
 * (both dialects' builders are thenables) and never call SQLite-only `.get()`/`.all()`/`.run()`,
 * and db/tables.ts hands them the tables of the dialect actually open.
 */
export type Db = BetterSQLite3Database<typeof schema>;
/** The handle a transaction body gets (db/transaction.ts); the same query API as `Db`. */
export type Tx = Db;

export interface SqliteConnection {
  dialect: "sqlite";
  /** Reads: a second, read-only connection, so a read never sees another request's open transaction. */
  db: Db;
  /** Writes, only through db/transaction.ts, under `writeLock`. */
  writer: Db;
  sqlite: Database.Database;
  reader: Database.Database;
  writeLock: Mutex;
  close(): Promise<void>;
}

export interface PostgresConnection {
  dialect: "postgres";
  /** Reads and writes through one pool; transactions take a pooled connection of their own. */
  db: Db;
  pg: PostgresJsDatabase<typeof pgSchema>;
  client: postgres.Sql;
  close(): Promise<void>;
}

export type Connection = SqliteConnection | PostgresConnection;

/** `DATABASE_URL` may be a path or a `file:` URL; the default keeps data out of the source tree. */
export function databasePath(url: string | undefined): string {
  const raw = (url ?? "").replace(/^file:(\/\/(?=\/))?/, "") || "data/waypoint.db";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

export function openDatabase(file: string): SqliteConnection {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // The file holds password hashes and everyone's plans: readable by this user only. SQLite gives
  // the -wal and -shm files the database file's permissions, so they follow.
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
  const sqlite = new Database(file);
  // WAL lets readers run beside the one writer; NORMAL keeps every committed transaction across a
  // process crash (SIGKILL) and can only lose the last ones on power loss (docs/decisions/0002).
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Deleted rows are overwritten with zeros, not just unlinked (docs/decisions/0008).
  sqlite.pragma("secure_delete = ON");
  // Read-only: a write that bypassed db/transaction.ts would fail loudly here instead of slipping
  // past the write lock. WAL gives it the last committed state, never a write in progress.
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  reader.pragma("busy_timeout = 5000");
  const writeLock = new Mutex();
  return {
    dialect: "sqlite",
    db: drizzleSqlite(reader, { schema }),
    writer: drizzleSqlite(sqlite, { schema }),
    sqlite,
    reader,
    writeLock,
    close: async () => {
      // Waits for a transaction in progress, so closing never cuts one off.
      await writeLock.run(async () => {
        reader.close();
        sqlite.close();
      });
    },
  };
}

/**
 * A pool on PostgreSQL (postgres.js: no native build, its own pool, prepared statements by
 * default). `max` bounds this replica's connections; the server's max_connections is shared.
 */
export function openPostgres(url: string, options: { max?: number } = {}): PostgresConnection {
  const client = postgres(url, {
    max: options.max ?? 10,
    // Notices (IF NOT EXISTS in migrations and the like) are not errors; keep logs clean.
    onnotice: () => {},
  });
  const pg = drizzlePg(client, { schema: pgSchema });
  return { dialect: "postgres", db: pg as unknown as Db, pg, client, close: () => client.end({ timeout: 5 }) };
}

export function openConnection(url: string | undefined): Connection {
  return dialectOf(url) === "postgres" ? openPostgres(url!) : openDatabase(databasePath(url));
}

