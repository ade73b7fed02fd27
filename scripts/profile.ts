// `npm run profile`: where the server's CPU goes on the pages rendered per request. Starts
// `next start` under `node --cpu-prof`, loads each page with autocannon (50 connections), stops the
// server so V8 writes the profile, and prints self time grouped by where the code comes from
// (docs/BENCHMARKS.md, "Where the time goes"). One profile per page, so nothing mixes.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { measure, warm } from "./bench/http";
import { registerAndSignIn, seedPlanWithShare, type Account } from "./harness/client";
import { ensureBuild, startServer, tempDatabase, watchdog } from "./harness/server";

const PORT = Number(process.env.PROFILE_PORT ?? 3310);
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const TOP = 14;
// PROFILE_PAGES=dashboard profiles only the named pages (comma-separated; all by default).
const ONLY = process.env.PROFILE_PAGES?.split(",").map((name) => name.trim()).filter(Boolean);
// PROFILE_CPU_ONLY=1 runs without the profiler, printing only the server's CPU per request (the
// profiler itself costs CPU); PROFILE_RUNS=n measures each page n times on one warm server and
// prints the median, so a before/after comparison on a shared machine is not one noisy sample.
const CPU_ONLY = process.env.PROFILE_CPU_ONLY === "1";
const RUNS = Math.max(1, Number(process.env.PROFILE_RUNS ?? 1));

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a function's code lives: a package, Next's own server, Waypoint's code, or V8/Node. */
function origin(url: string): string {
  if (!url) return "(V8/native: GC, regexp, JSON, idle)";
  if (url.startsWith("node:")) return "node core";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    // Next bundles React and many helpers into its compiled folder: name them apart.
    const compiled = /next\/dist\/compiled\/([^/]+)/.exec(url);
    return compiled ? `next (compiled ${compiled[1]})` : pkg[1]!;
  }
  if (url.includes("/.next/server/chunks/")) return "app bundle (.next/server/chunks: Waypoint + bundled libraries)";
  if (url.includes("/.next/")) return "app bundle (.next, other)";
  return "other";
}

/**
 * Only the samples of the measured window count: the profile also holds the server's start (module
 * loading and compiling) and the warm-up, which a long-running server pays once. The server is
 * stopped right after the measurement, so the window is the profile's last `seconds`.
 */
function summarize(file: string, seconds: number): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const from = profile.endTime - seconds * 1e6;
  let at = profile.startTime;
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfByOrigin = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (at < from) return;
    if (frame.functionName === "(idle)") {
      idle += dt;
      return;
    }
    total += dt;
    const where = origin(frame.url);
    selfByOrigin.set(where, (selfByOrigin.get(where) ?? 0) + dt);
    const name = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url || "")}:${frame.lineNumber + 1}`;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + dt);
  });
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, us]) => `  ${pct(us).padStart(6)}  ${name}`)
      .join("\n");
  return `busy ${(total / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s\n by origin:\n${rows(selfByOrigin)}\n by function (self time):\n${rows(selfByFunction)}`;
}

watchdog(10, "profile");
ensureBuild();
const database = tempDatabase("profile");
let setup: { account: Account; token: string } | undefined;
const pages = [
  { name: "share", path: (s: typeof setup) => `/share/${s!.token}`, signedIn: false },
  { name: "dashboard", path: () => "/dashboard", signedIn: true },
].filter((page) => !ONLY || ONLY.includes(page.name));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
try {
  for (const page of pages) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `waypoint-profile-${page.name}-`));
    const server = await startServer({
      port: PORT,
      database: database.file,
      relaxedLimits: true,
      quiet: true,
      nodeArgs: CPU_ONLY ? [] : ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    });
    try {
      if (!setup) {
        const account = await registerAndSignIn(server.url, "profile");
        setup = { account, token: (await seedPlanWithShare(server.url, account)).token };
      }
      const target = { name: page.name, path: page.path(setup), account: page.signedIn ? setup.account : undefined };
      await warm(server.url, target);
      const cpu: number[] = [];
      const rate: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const figure = await measure(server.url, target, SECONDS, 50, server.pid);
        cpu.push(figure.cpuMsPerRequest ?? NaN);
        rate.push(figure.requestsPerSecond);
        console.log(
          `\n== ${page.name}: ${Math.round(figure.requestsPerSecond)} req/s, p99 ${figure.p99} ms, ` +
            `server CPU ${figure.cpuMsPerRequest?.toFixed(2)} ms/request${CPU_ONLY ? "" : " under the profiler"}` +
            (figure.non2xx + figure.errors + figure.timeouts > 0 ? `, ${figure.non2xx} non-2xx, ${figure.errors} errors` : ""),
        );
      }
      if (RUNS > 1) {
        console.log(`== ${page.name} median of ${RUNS}: ${Math.round(median(rate))} req/s, ${median(cpu).toFixed(2)} ms CPU/request`);
      }
    } finally {
      await server.stop("SIGINT");
    }
    if (CPU_ONLY) continue;
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    // With several runs the window is the last run's only.
    console.log(file ? `${summarize(path.join(dir, file), SECONDS)}\n (profile: ${path.join(dir, file)})` : "no profile written");
  }
} finally {
  database.cleanup();
}
