// Builds the app (unless E2E_SKIP_BUILD=1) and serves it on a throw-away database for the
// Playwright suite. The server is the real `next start`, so tests see what users see.
// SQLite by default (E2E_DATABASE, data/e2e.db); with DATABASE_URL=postgres://host/name the
// database `name` on that server is dropped and created empty instead (e2e/db.ts reads the same).
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import postgres from "postgres";

const port = process.env.E2E_PORT ?? "3100";
const postgresUrl = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : null;
const database = postgresUrl ?? process.env.E2E_DATABASE ?? "data/e2e.db";

if (postgresUrl) {
  const name = decodeURIComponent(new URL(postgresUrl).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`e2e: name the throw-away database in DATABASE_URL in lower case (got "${name}")`);
  if (name === "postgres") throw new Error("e2e: DATABASE_URL must name a throw-away database, not the server's 'postgres'");
  const maintenance = new URL(postgresUrl);
  maintenance.pathname = "/postgres";
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
} else {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });
}

const env = {
  ...process.env,
  DATABASE_URL: database,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  // Each test speaks from its own X-Forwarded-For address so per-client limits stay per test.
  WAYPOINT_TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
