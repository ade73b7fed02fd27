// `node scripts/with-throwaway-pg.mjs [--when-installed] <command…>`: runs a command against a
// throw-away PostgreSQL server, then stops the server and deletes its files, whatever the outcome.
// The command gets TEST_DATABASE_URL (the server, for db/ tests that create a database per test)
// and DATABASE_URL (database waypoint_e2e on it, which scripts/e2e-server.mjs recreates).
// With TEST_DATABASE_URL already set (CI starts its own server, .ci/run) that server is used.
// Without PostgreSQL binaries it fails, or with --when-installed says so and succeeds, so that
// `npm test` covers PostgreSQL wherever it is installed and stays runnable where it is not.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const whenInstalled = args[0] === "--when-installed";
const command = whenInstalled ? args.slice(1) : args;
if (command.length === 0) {
  console.error("usage: with-throwaway-pg.mjs [--when-installed] <command…>");
  process.exit(2);
}

/** initdb and pg_ctl: PG_BIN, else Debian's /usr/lib/postgresql/<newest>/bin. */
function binaries() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
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
    const bin = binaries();
    if (!bin) {
      const message = "PostgreSQL binaries not found (apt-get install postgresql, or set PG_BIN)";
      if (whenInstalled) {
        console.log(`${message}: the PostgreSQL run is skipped.`);
        return 0;
      }
      console.error(message);
      return 1;
    }
    // PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
    const asRoot = process.getuid?.() === 0;
    const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-pg-"));
    if (asRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
      chownSync(dir, uid, gid);
    }
    const as = (tool, toolArgs) => {
      const [cmd, cmdArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...toolArgs]] : [path.join(bin, tool), toolArgs];
      const result = spawnSync(cmd, cmdArgs, { stdio: ["ignore", "ignore", "inherit"] });
      if (result.status !== 0) throw new Error(`${tool} failed (status ${result.status})`);
    };
    const data = path.join(dir, "data");
    const port = await freePort();
    as("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
    // Durability off: the server lives for one test run, and fsyncs would only slow it down.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    as("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
    console.log(`Throw-away PostgreSQL on 127.0.0.1:${port} (${dir})`);
    serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    let stopped = false;
    stop = () => {
      if (stopped) return;
      stopped = true;
      try {
        as("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
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
