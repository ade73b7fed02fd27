// `node scripts/with-throwaway-pg.mjs [--when-installed] <command…>`: runs a command against a
// throw-away PostgreSQL server, then stops the server and deletes its files, whatever the outcome.
// The command gets TEST_DATABASE_URL (the server, for db/ tests that create a database per test)
// and DATABASE_URL (database waypoint_e2e on it, which scripts/e2e-server.mjs recreates).
// With TEST_DATABASE_URL already set, that server is used; else one is made with pg-throwaway.mjs.
// Without PostgreSQL binaries it fails, or with --when-installed says so and succeeds, so that
// `npm test` covers PostgreSQL wherever it is installed and stays runnable where it is not.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { locateBinaries } from "./pg-throwaway.mjs";

const THROWAWAY = path.join(path.dirname(fileURLToPath(import.meta.url)), "pg-throwaway.mjs");

const args = process.argv.slice(2);
const whenInstalled = args[0] === "--when-installed";
const command = whenInstalled ? args.slice(1) : args;
if (command.length === 0) {
  console.error("usage: with-throwaway-pg.mjs [--when-installed] <command…>");
  process.exit(2);
}

function run(cmd, cmdArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: "inherit", env });
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const withDatabase = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function main() {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop = () => {};
  if (!serverUrl) {
    if (!locateBinaries()) {
      const message = "PostgreSQL binaries not found (apt-get install postgresql, or set PG_BIN)";
      if (whenInstalled) {
        console.log(`${message}: the PostgreSQL run is skipped.`);
        return 0;
      }
      console.error(message);
      return 1;
    }
    // The one way to make a throw-away server (npm run db:pg); durability off, it lives for one run.
    const urlFile = path.join(mkdtempSync(path.join(os.tmpdir(), "waypoint-pg-url-")), "url");
    const started = spawnSync(process.execPath, [THROWAWAY, "start", "--fast", "--db", "waypoint_e2e", "--url-file", urlFile], { stdio: ["ignore", "ignore", "inherit"] });
    if (started.status !== 0) return started.status ?? 1;
    serverUrl = withDatabase(readFileSync(urlFile, "utf8").trim(), "postgres");
    let stopped = false;
    stop = () => {
      if (stopped) return;
      stopped = true;
      spawnSync(process.execPath, [THROWAWAY, "stop", "--url-file", urlFile], { stdio: ["ignore", "ignore", "inherit"] });
      rmSync(path.dirname(urlFile), { recursive: true, force: true });
    };
    process.on("exit", stop);
  }
  try {
    return await run(command[0], command.slice(1), {
      ...process.env,
      TEST_DATABASE_URL: serverUrl,
      DATABASE_URL: withDatabase(serverUrl, "waypoint_e2e"),
    });
  } finally {
    stop();
  }
}

process.exitCode = await main();
