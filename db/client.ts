import "server-only";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "../lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle inside `db.transaction`, so query helpers can join a caller's transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** `DATABASE_URL` may be a path or a `file:` URL; the default keeps data out of the source tree. */
export function databasePath(url = env().DATABASE_URL): string {
  const raw = (url ?? "").replace(/^file:/, "") || "data/waypoint.db";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

export function openDatabase(file = databasePath()): { sqlite: Database.Database; db: Db } {
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
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

const globalForDb = globalThis as unknown as { waypointDb?: { sqlite: Database.Database; db: Db } };

/** The one connection of this process (kept on globalThis so dev reloads do not open more). */
export function connection() {
  globalForDb.waypointDb ??= openDatabase();
  return globalForDb.waypointDb;
}

export function getDb(): Db {
  return connection().db;
}
