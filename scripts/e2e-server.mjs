// Builds the app (unless E2E_SKIP_BUILD=1) and serves it on a throw-away database for the
// Playwright suite. The server is the real `next start`, so tests see what users see.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const database = process.env.E2E_DATABASE ?? "data/e2e.db";
for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });

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
