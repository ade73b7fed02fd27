#!/usr/bin/env node
// `npm run db:pg -- start|stop|status`: a throw-away PostgreSQL for developers, tests and CI.
//
//   node scripts/pg-throwaway.mjs start [--port N] [--db NAME] [--url-file F] [--fast] [--install]
//   node scripts/pg-throwaway.mjs stop  [--port N | --url-file F]
//   node scripts/pg-throwaway.mjs status
//
// `start` makes a cluster in a fresh temporary directory (initdb, trust authentication, loopback
// only), starts it on the port given or a free one, creates the database and prints its
// postgres:// URL on stdout (the only line there, so `URL=$(… start)` works); `--url-file` also
// writes it to a file. `stop` stops the server and deletes the directory and that file. Nothing
// outside the temporary directory and the state file below is touched, so several can run side by
// side (one per port). PostgreSQL refuses to run as root: under root every PostgreSQL binary runs
// as the `postgres` user (runuser), in a directory that user owns.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const STATE_DIR = path.join(os.tmpdir(), "waypoint-pg-throwaway");
const log = (line) => process.stderr.write(`pg-throwaway: ${line}\n`);
const fail = (line) => {
  log(line);
  process.exit(1);
};

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = { port: undefined, db: "waypoint", urlFile: undefined, fast: false, install: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => rest[++i] ?? fail(`${arg} needs a value`);
    if (arg === "--port") options.port = Number(value());
    else if (arg === "--db") options.db = value();
    else if (arg === "--url-file") options.urlFile = path.resolve(value());
    else if (arg === "--fast") options.fast = true;
    else if (arg === "--install") options.install = true;
    else fail(`unknown option ${arg}`);
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    fail("--port must be a port number");
  }
  // The name goes into a URL and a createdb argument: keep it to what needs no quoting.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.db)) fail("--db must be lower-case letters, digits and _");
  return { command, options };
}

/**
 * The newest installed PostgreSQL's bin directory (Debian keeps them out of PATH): PG_BIN, else
 * /usr/lib/postgresql/<newest>/bin, else wherever pg_ctl is on PATH; undefined when none is.
 * Exported so with-throwaway-pg.mjs asks the same question `start` will answer.
 */
export function locateBinaries() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length > 0) return path.join(root, versions[0], "bin");
  const which = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : undefined;
}

function findBinaries(install) {
  let bin = locateBinaries();
  if (!bin && install && process.getuid?.() === 0) {
    log("PostgreSQL not found; installing Debian's postgresql package…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    bin = locateBinaries();
  }
  if (!bin) {
    fail(
      "PostgreSQL binaries not found in /usr/lib/postgresql/*/bin or PATH.\n" +
        "  Debian/Ubuntu: sudo apt-get install -y postgresql   (or pass --install when running as root)\n" +
        "  macOS: brew install postgresql@15",
    );
  }
  return bin;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function pg(bin, tool, args) {
  const command = asRoot ? "runuser" : path.join(bin, tool);
  const argv = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
  const result = spawnSync(command, argv, { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function portTaken(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(true));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
  });
}

const stateFile = (port) => path.join(STATE_DIR, `${port}.json`);

function readStates() {
  if (!existsSync(STATE_DIR)) return [];
  return readdirSync(STATE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(STATE_DIR, f), "utf8")));
}

async function start(options) {
  const bin = findBinaries(options.install);
  const port = options.port ?? (await freePort());
  if (await portTaken(port)) fail(`port ${port} is already in use on 127.0.0.1`);
  if (existsSync(stateFile(port))) fail(`a throw-away server is already recorded on port ${port}; stop it first`);

  const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const cleanup = () => rmSync(dir, { recursive: true, force: true });

  // Trust on loopback only: the server listens on 127.0.0.1 and a socket in its own directory.
  const init = pg(bin, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  if (!init.ok) {
    cleanup();
    fail(`initdb failed:\n${init.output}`);
  }
  // --fast trades durability on power loss for speed (CI); the default keeps PostgreSQL's own.
  const fast = options.fast ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "";
  // Room for a test run: the e2e server's pool beside a database per db/ test.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`;
  const started = pg(bin, "pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"]);
  if (!started.ok) {
    const serverLog = existsSync(path.join(dir, "server.log")) ? readFileSync(path.join(dir, "server.log"), "utf8") : "";
    pg(bin, "pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    cleanup();
    fail(`pg_ctl start failed:\n${started.output}\n${serverLog}`);
  }
  const created = pg(bin, "createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", options.db]);
  if (!created.ok) {
    pg(bin, "pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    cleanup();
    fail(`createdb failed:\n${created.output}`);
  }

  const url = `postgres://postgres@127.0.0.1:${port}/${options.db}`;
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(stateFile(port), JSON.stringify({ port, dir, data, bin, url, urlFile: options.urlFile, pid: readPid(data) }, null, 2));
  if (options.urlFile) writeFileSync(options.urlFile, `${url}\n`);
  log(`PostgreSQL (${path.basename(path.dirname(bin))}) on port ${port}, data in ${dir}; stop with: npm run db:pg -- stop --port ${port}`);
  process.stdout.write(`${url}\n`);
}

function readPid(data) {
  try {
    return Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
}

function stop(options) {
  let port = options.port;
  if (port === undefined && options.urlFile) {
    if (!existsSync(options.urlFile)) fail(`${options.urlFile} does not exist`);
    port = Number(new URL(readFileSync(options.urlFile, "utf8").trim()).port);
  }
  if (port === undefined) {
    const states = readStates();
    // Never guess between several: they may be another person's or another run's.
    if (states.length !== 1) fail(`say which to stop with --port N (recorded: ${states.map((s) => s.port).join(", ") || "none"})`);
    port = states[0].port;
  }
  if (!existsSync(stateFile(port))) fail(`no throw-away server recorded on port ${port}`);
  const state = JSON.parse(readFileSync(stateFile(port), "utf8"));
  const stopped = pg(state.bin, "pg_ctl", ["-D", state.data, "-m", "fast", "-w", "-t", "60", "stop"]);
  if (!stopped.ok) log(`pg_ctl stop: ${stopped.output} (deleting the directory anyway)`);
  rmSync(state.dir, { recursive: true, force: true });
  rmSync(stateFile(port));
  for (const file of new Set([state.urlFile, options.urlFile])) if (file) rmSync(file, { force: true });
  log(`stopped the server on port ${port} and deleted ${state.dir}`);
}

function status() {
  const states = readStates();
  if (states.length === 0) log("no throw-away servers recorded");
  for (const s of states) {
    const alive = s.pid !== undefined && (() => { try { process.kill(s.pid, 0); return true; } catch { return false; } })();
    process.stdout.write(`${s.port}\t${alive ? "running" : "not running"}\t${s.url}\t${s.dir}\n`);
  }
}

async function main(argv) {
  const { command, options } = parseArgs(argv);
  if (command === "start") await start(options);
  else if (command === "stop") stop(options);
  else if (command === "status") status();
  else fail("usage: pg-throwaway.mjs start [--port N] [--db NAME] [--url-file F] [--fast] [--install] | stop [--port N | --url-file F] | status");
}

// A command when run, a module when imported (with-throwaway-pg.mjs imports locateBinaries).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) await main(process.argv.slice(2));
