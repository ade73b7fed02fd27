// `npm run test:load`: 100 connections for 60 s of mixed reads and writes on `next start`
// (assessment saves, plan item status changes, share comments, share page views).
// Goals: zero 5xx, zero timeouts, every acknowledged write in the database afterwards, server
// memory after the run within 15% of before. LOAD_SECONDS / LOAD_CONNECTIONS shorten a trial run.
// `-- --database-url postgres://…` (or a postgres:// DATABASE_URL) runs it on a fresh database on
// that PostgreSQL server instead of a SQLite file (scripts/harness/database.ts).
import { api, registerAndSignIn, seedPlanWithShare } from "./harness/client";
import { harnessDatabase } from "./harness/database";
import { at, drive } from "./harness/drive";
import { ensureBuild, machine, probeMemory, startServer, watchdog } from "./harness/server";
import { Ledger, writer, type Owner } from "./harness/writers";

const PORT = Number(process.env.LOAD_PORT ?? 3301);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const USERS = 20;
const MEMORY_TOLERANCE = 0.15;
const IDLE_MS = 5_000;
/** As long as the run by default: see the warm-up below. */
const WARM_SECONDS = Number(process.env.LOAD_WARM_SECONDS ?? SECONDS);

// Build (first run), setup, warm-up and run, with room to spare.
watchdog(8 + (WARM_SECONDS + SECONDS) / 60, "load");
ensureBuild();
const database = await harnessDatabase("load");
const server = await startServer({ port: PORT, database: database.url, relaxedLimits: true, quiet: true, memoryProbe: true });
let exitCode = 1;
try {
  const owners: Owner[] = [];
  for (let u = 0; u < USERS; u++) {
    const account = await registerAndSignIn(server.url, "load");
    const { planId, token } = await seedPlanWithShare(server.url, account, u % 2 ? "data-engineer" : "ml-engineer");
    const plan = await api(server.url, "GET", `/api/v1/me/plans/${planId}`, { account });
    const items = (plan.body.plan.phases as { items: { skill: string }[] }[]).flatMap((p) => p.items.map((i) => i.skill));
    owners.push({ account, planId, items, token });
  }
  const slots = Math.ceil(CONNECTIONS / USERS);
  const make = (ledger: Ledger, tag: string) =>
    Array.from({ length: CONNECTIONS }, (_, c) => writer(server.url, owners[c % USERS]!, Math.floor(c / USERS), slots, ledger, tag));

  // One ledger for warm-up and run: a key's later acknowledged value replaces its earlier one.
  const ledger = new Ledger();
  // Warm-up at the same mix and for as long as the run, so "before" is the memory of a server that
  // has served this load, not of one that has compiled nothing yet: a Node process's RSS climbs to
  // a high-water mark in its first minute of load (malloc arenas, V8's page pool; the live heap
  // does not grow) and keeps it, and a 15 s warm-up left part of that climb inside the run. What
  // the goal looks for is growth that goes on: a leak. Both readings are taken after a full GC.
  await drive(make(ledger, "warm"), WARM_SECONDS);
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const before = await probeMemory(server);
  const warmAcks = ledger.acknowledged;

  const stats = await drive(make(ledger, "load"), SECONDS);
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const after = await probeMemory(server);

  const reader = database.reader();
  const missing = await ledger.missing(reader);
  await reader.close();

  const p = (q: number) => at(stats.latencies, q);
  const fivexx = stats.byClass["5xx"] ?? 0;
  const memoryChange = (after.rss - before.rss) / before.rss;
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  console.log(`Waypoint load · ${new Date().toISOString()} · ${machine()} · ${database.describe}`);
  console.log(`${CONNECTIONS} connections, ${SECONDS} s, ${USERS} users: ${stats.requests.toLocaleString("en")} requests (${(stats.requests / SECONDS).toFixed(0)}/s), p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
  console.log(`status classes: ${JSON.stringify(stats.byClass)}; connection failures ${stats.failures}`);
  console.log(`server event loop during the run: delay p99 ${after.loopDelayP99Ms.toFixed(0)} ms, max ${after.loopDelayMaxMs.toFixed(0)} ms`);
  for (const [kind, { ms, timeouts }] of stats.byKind) {
    console.log(`  ${kind}: ${ms.length.toLocaleString("en")} requests, p50 ${at(ms, 0.5)} ms, p99 ${at(ms, 0.99)} ms, max ${at(ms, 1)} ms, ${timeouts} timeouts`);
  }
  const checks = [
    { name: "5xx responses", ok: fivexx === 0, figure: `${fivexx} (goal 0)` },
    { name: "timeouts (10 s)", ok: stats.timeouts === 0 && stats.failures === 0, figure: `${stats.timeouts} timeouts, ${stats.failures} failed connections (goal 0)` },
    { name: "acknowledged writes in the database", ok: missing.length === 0, figure: `${missing.length} missing of ${ledger.acknowledged.toLocaleString("en")} acknowledged (${(ledger.acknowledged - warmAcks).toLocaleString("en")} in the run; final state of ${ledger.notes.size} assessment keys and ${ledger.statuses.size} item statuses, ${ledger.comments.size} comments, checked; ${ledger.statusesLetGo} statuses of items that left their plan)` },
    { name: "server memory after vs before", ok: Math.abs(memoryChange) <= MEMORY_TOLERANCE, figure: `RSS ${mb(before.rss)} → ${mb(after.rss)} (${(memoryChange * 100).toFixed(1)}%, goal within ±15%; live heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, V8 heap reserved ${mb(before.heapTotal)} → ${mb(after.heapTotal)}, external ${mb(before.external)} → ${mb(after.external)}), after a full GC each` },
  ];
  for (const problem of missing.slice(0, 10)) console.log(`  missing: ${problem}`);
  for (const c of checks) console.log(`${c.ok ? "ok  " : "MISS"} ${c.name}: ${c.figure}`);
  const missed = checks.filter((c) => !c.ok).length;
  console.log(`load: ${checks.length - missed} passed, ${missed} failed`);
  exitCode = missed > 0 ? 1 : 0;
} finally {
  await server.stop();
  await database.cleanup();
}
process.exit(exitCode);
