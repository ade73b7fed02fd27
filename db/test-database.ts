import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { createUserWithPassword, type PublicUser } from "./queries/users";
import { openDatabase } from "./client";
import { migrateAndSeed } from "./migrate";

const globalForDb = globalThis as unknown as { waypointDb?: ReturnType<typeof openDatabase> };

/**
 * Each test gets its own SQLite file, migrated from db/migrations exactly as the server does on
 * start, and installed as the process's one connection, so the real query modules run against it
 * unchanged. Removed after the test: no test sees another's rows.
 */
export function withTestDatabase(): { file: () => string } {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-db-test-"));
    const connection = openDatabase(path.join(dir, "test.db"));
    migrateAndSeed(connection.db);
    globalForDb.waypointDb = connection;
  });
  afterEach(() => {
    globalForDb.waypointDb?.sqlite.close();
    delete globalForDb.waypointDb;
    rmSync(dir, { recursive: true, force: true });
  });
  return { file: () => path.join(dir, "test.db") };
}

/** The raw handle of the current test database, to check what was stored below the query layer. */
export function rawDatabase() {
  const connection = globalForDb.waypointDb;
  if (!connection) throw new Error("withTestDatabase() has not opened a database for this test.");
  return connection.sqlite;
}

let counter = 0;
export async function makeUser(name = "user"): Promise<PublicUser> {
  counter += 1;
  return createUserWithPassword({ email: `${name}-${counter}@example.test`, name, passwordHash: "not-a-real-hash" });
}
