// Starts the real production server (`next start`) on loopback with a throw-away database, for
// the bench, load, crash and fuzz runs. The PID is the node process itself, never a wrapper, so
// SIGKILL hits the server and nothing else.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** Builds once when no production build exists, so every script works on a fresh clone. */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("No production build found: running `next build` (about two minutes)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build failed with status ${build.status}`);
}

export function tempDatabase(name = "harness"): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `waypoint-${name}-`));
  return { file: path.join(dir, "waypoint.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Server {
  port: number;
  url: string;
  pid: number;
  child: ChildProcess;
  /** Lines the server wrote to stderr, to tell a crash from a refusal. */
  stderr: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  port: number;
  database: string;
  /** Loosen per-client limits (lib/rate-limit.ts) for runs that send thousands of requests. */
  relaxedLimits?: boolean;
  /**
   * Proxies in front (WAYPOINT_TRUST_PROXY). 1 by default: the harness client stands for the proxy
   * and names each simulated client in X-Forwarded-For. 2 behind the harness's round-robin proxy.
   */
  trustProxy?: number;
  quiet?: boolean;
  /** Preload scripts/harness/memory-probe.cjs so probeMemory() can force a GC and read memory. */
  memoryProbe?: boolean;
  /** Extra Node flags for the server, e.g. `--cpu-prof` (scripts/profile.ts). */
  nodeArgs?: string[];
}

const started = new Set<ChildProcess>();

/**
 * Every run stops by itself: past `minutes`, whatever it is waiting for, the servers it started
 * are killed and the process exits 2 with a message saying so. Unref'd, so it never keeps a run
 * that has finished alive.
 */
export function watchdog(minutes: number, run: string): void {
  setTimeout(() => {
    console.error(`${run}: still running after ${minutes} min; stopping (a request or the server hung).`);
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    process.exit(2);
  }, minutes * 60_000).unref();
}

export async function startServer(options: StartOptions): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: options.database,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "harness-only-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    WAYPOINT_TRUST_PROXY: String(options.trustProxy ?? 1),
    NEXT_TELEMETRY_DISABLED: "1",
    ...(options.relaxedLimits && { WAYPOINT_RELAXED_LIMITS: "1" }),
  };
  const probe = options.memoryProbe ? ["--expose-gc", "--require", path.join(ROOT, "scripts", "harness", "memory-probe.cjs")] : [];
  const child = spawn(process.execPath, [...probe, ...(options.nodeArgs ?? []), NEXT_BIN, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  child.once("exit", () => started.delete(child));
  const stderr: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr.push(chunk);
    if (!options.quiet) process.stderr.write(chunk);
  });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitReady(url, child);
  return {
    port: options.port,
    url,
    pid: child.pid!,
    child,
    stderr,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export async function waitReady(url: string, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error("server exited before it was ready");
    try {
      const response = await fetch(`${url}/api/v1/skills`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} not ready after ${timeoutMs} ms`);
}

/** After a full GC in the server (needs `memoryProbe`): its resident set and live heap, in bytes. */
export type Probe = NodeJS.MemoryUsage & { loopDelayP99Ms: number; loopDelayMaxMs: number };

/** Also the event loop's delay since the previous probe (p99 and max), see memory-probe.cjs. */
export async function probeMemory(server: Server): Promise<Probe> {
  const seen = server.stderr.length;
  process.kill(server.pid, "SIGUSR2");
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const line = server.stderr.slice(seen).join("").split("\n").find((l) => l.startsWith("[memory-probe] "));
    if (line) {
      const usage = JSON.parse(line.slice("[memory-probe] ".length)) as Probe;
      return usage;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the server did not answer the memory probe");
}

/** Resident memory of a process in bytes (Linux /proc). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb * 1024;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
