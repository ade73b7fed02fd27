import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, beforeEach } from "vitest";
import { insertPlan } from "./queries/plans";
import { createUserWithPassword, type PublicUser } from "./queries/users";
import { openDatabase, openPostgres, type Connection } from "./client";
import { DIALECT } from "./dialect";
import { migrateAndSeed } from "./migrate";

const globalForDb = globalThis as unknown as { waypointDb?: Connection };

/**
 * The server URL tests create their databases on. vitest.config.ts runs the db/ tests a second
 * time with DATABASE_URL set to TEST_DATABASE_URL (a PostgreSQL server), which makes db/tables.ts
 * pick PostgreSQL's tables; without it they run on SQLite only.
 */
function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("The PostgreSQL run of the db/ tests needs TEST_DATABASE_URL.");
  return url;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * Each test gets its own database, migrated exactly as the server does on start, and installed
 * as the process's one connection, so the real query modules run against it unchanged. Removed
 * after the test: no test sees another's rows. SQLite: a file in a temporary folder. PostgreSQL:
 * CREATE DATABASE with a random name on the TEST_DATABASE_URL server, dropped afterwards.
 * `poolMax` shrinks the PostgreSQL pool, for tests that show writes never need two connections.
 */
export function withTestDatabase(options: { poolMax?: number } = {}): void {
  let cleanup: () => Promise<void> = async () => {};
  beforeEach(async () => {
    if (DIALECT === "sqlite") {
      const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-db-test-"));
      const connection = openDatabase(path.join(dir, "test.db"));
      await migrateAndSeed(connection);
      globalForDb.waypointDb = connection;
      cleanup = async () => {
        await connection.close();
        rmSync(dir, { recursive: true, force: true });
      };
      return;
    }
    const name = `waypoint_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const connection = openPostgres(withDatabaseName(serverUrl(), name), { max: options.poolMax ?? 6 });
    await migrateAndSeed(connection);
    globalForDb.waypointDb = connection;
    cleanup = async () => {
      await connection.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  });
  afterEach(async () => {
    delete globalForDb.waypointDb;
    await cleanup();
  });
}

function current(): Connection {
  const connection = globalForDb.waypointDb;
  if (!connection) throw new Error("withTestDatabase() has not opened a database for this test.");
  return connection;
}

/**
 * SQL below the query layer, to check what was stored or to write what no query allows, on
 * either dialect. `?` marks a value (turned into $1, $2… for PostgreSQL). Rows come back as the
 * driver gives them: SQLite times are epoch milliseconds, PostgreSQL's are Dates.
 */
export async function rawQuery<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = current();
  if (c.dialect === "sqlite") {
    const statement = c.sqlite.prepare(text);
    return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
  }
  let n = 0;
  return (await c.client.unsafe(text.replace(/\?/g, () => `$${++n}`), params as never[])) as unknown as T[];
}

/** A count as a number on both dialects (PostgreSQL's count(*) is a bigint). */
export async function rawCount(text: string, params: unknown[] = []): Promise<number> {
  const [row] = await rawQuery<{ n: number | string }>(text, params);
  return Number(row?.n ?? 0);
}

let counter = 0;
export async function makeUser(name = "user"): Promise<PublicUser> {
  counter += 1;
  return createUserWithPassword({ email: `${name}-${counter}@example.test`, name, passwordHash: "not-a-real-hash" });
}

/** An empty plan of the user's, for tests about what hangs off a plan (links, comments, races). */
export async function makePlan(userId: string) {
  return insertPlan(userId, {
    title: "Plan",
    target: "ml-engineer",
    targetName: "ML Engineer",
    hoursPerWeek: 10,
    startDate: "2026-01-05",
    catalogVersion: "test",
    roadmap: { target: "ml-engineer", fit: 0, hoursPerWeek: 10, totalHours: 0, weeks: 0, phases: [], met: [] },
    assessmentStamp: "",
  });
}
