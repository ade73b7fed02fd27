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
];
try {
  for (const page of pages) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `waypoint-profile-${page.name}-`));
    const server = await startServer({
      port: PORT,
      database: database.file,
      relaxedLimits: true,
      quiet: true,
      nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    });
    try {
      if (!setup) {
        const account = await registerAndSignIn(server.url, "profile");
        setup = { account, token: (await seedPlanWithShare(server.url, account)).token };
      }
      const target = { name: page.name, path: page.path(setup), account: page.signedIn ? setup.account : undefined };
      await warm(server.url, target);
      const figure = await measure(server.url, target, SECONDS);
      console.log(`\n== ${page.name}: ${Math.round(figure.requestsPerSecond)} req/s, p99 ${figure.p99} ms under the profiler`);
    } finally {
      await server.stop("SIGINT");
    }
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    console.log(file ? `${summarize(path.join(dir, file), SECONDS)}\n (profile: ${path.join(dir, file)})` : "no profile written");
  }
} finally {
  database.cleanup();
}
