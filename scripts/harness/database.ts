// The database a harness run starts its servers on: a throw-away SQLite file by default, or a
// fresh database on a PostgreSQL server when one is named (`--database-url postgres://…` or a
// postgres:// DATABASE_URL). A run never writes into the database it was given: it creates its own
// beside it and drops it afterwards, so runs are repeatable and a developer's data is never touched.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import { tempDatabase } from "./server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Reads rows back to check acknowledged writes; `?` placeholders on both databases. */
export interface Reader {
  get(sql: string, params: unknown[]): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

export interface HarnessDatabase {
  kind: "sqlite" | "postgres";
  /** What the servers get as DATABASE_URL. */
  url: string;
  /** The SQLite file (for integrity_check); undefined on PostgreSQL. */
  file?: string;
  reader(): Reader;
  /** A line for the report: where the run's data lived. */
  describe: string;
  cleanup(): Promise<void>;
}

const isPostgres = (url: string | undefined) => /^postgres(ql)?:\/\//i.test(url ?? "");

/** `--database-url URL` on the command line, else DATABASE_URL when it names PostgreSQL. */
export function requestedDatabaseUrl(argv = process.argv.slice(2)): string | undefined {
  const at = argv.indexOf("--database-url");
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--database-url="))?.slice("--database-url=".length);
  if (given !== undefined) {
    if (!isPostgres(given)) throw new Error("--database-url must be a postgres:// URL (SQLite runs need no option)");
    return given;
  }
  // A SQLite DATABASE_URL is a developer's own file: never the harness's.
  return isPostgres(process.env.DATABASE_URL) ? process.env.DATABASE_URL : undefined;
}

function sqliteReader(file: string): Reader {
  const db = new Database(file, { readonly: true });
  return {
    async get(sql, params) {
      return db.prepare(sql).get(...params) as Record<string, unknown> | undefined;
    },
    async close() {
      db.close();
    },
  };
}

function postgresReader(url: string): Reader {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  return {
    async get(text, params) {
      let n = 0;
      const rows = await sql.unsafe(text.replace(/\?/g, () => `$${++n}`), params as never[]);
      return rows[0] as Record<string, unknown> | undefined;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

export async function harnessDatabase(name: string, serverUrl = requestedDatabaseUrl()): Promise<HarnessDatabase> {
  if (!serverUrl) {
    const temp = tempDatabase(name);
    return {
      kind: "sqlite",
      url: temp.file,
      file: temp.file,
      reader: () => sqliteReader(temp.file),
      describe: `SQLite ${temp.file}`,
      cleanup: async () => temp.cleanup(),
    };
  }
  const database = `waypoint_${name.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const target = new URL(serverUrl);
  target.pathname = `/${database}`;
  const url = target.toString();
  return {
    kind: "postgres",
    url,
    reader: () => postgresReader(url),
    describe: `PostgreSQL database ${database} on ${target.host}`,
    async cleanup() {
      const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}

/**
 * A throw-away PostgreSQL server for a run that was given none (`npm run db:pg`), stopped when
 * the run ends. Undefined when PostgreSQL is not installed: the caller says how to get it.
 */
export function throwawayPostgres(): { url: string; stop(): void } | undefined {
  const script = path.join(ROOT, "scripts", "pg-throwaway.mjs");
  const urlFile = path.join(os.tmpdir(), `waypoint-harness-pg-${process.pid}.url`);
  const started = spawnSync(process.execPath, [script, "start", "--db", "harness", "--url-file", urlFile], { encoding: "utf8" });
  if (started.status !== 0) {
    process.stderr.write(started.stderr);
    return undefined;
  }
  const url = readFileSync(urlFile, "utf8").trim();
  return {
    url,
    stop() {
      spawnSync(process.execPath, [script, "stop", "--url-file", urlFile], { stdio: "inherit" });
      rmSync(urlFile, { force: true });
    },
  };
}
