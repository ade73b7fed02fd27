// `npm run test:replicas`: two `next start` replicas on one PostgreSQL database behind a
// round-robin proxy (scripts/harness/proxy.ts), as docs/deploy.md describes a deployment of
// several. Two phases, each on freshly started replicas:
//   1. rate limits are shared: wrong passwords for one account, spread over both replicas by the
//      proxy, are refused (429) after as many attempts as one replica alone allows;
//   2. the mixed load of `npm run test:load` through the proxy: no 5xx, no timeout, every
//      acknowledged write in the database afterwards, and both replicas served.
// Database: `-- --database-url postgres://…` (a fresh database is made on that server and dropped
// after), else a postgres:// DATABASE_URL, else a throw-away server (`npm run db:pg`). `-- --sqlite`
// runs the replicas on one SQLite file instead, to show what is not shared there.
// REPLICAS_PORT (proxy; replicas on the next ports), REPLICAS (2), REPLICAS_SECONDS (60),
// REPLICAS_CONNECTIONS (100), REPLICAS_WARM_SECONDS (15).
import { REPLICA_HEADER, roundRobin, type RoundRobin } from "./harness/proxy";
import { api, registerAndSignIn, seedPlanWithShare, testIp } from "./harness/client";
import { harnessDatabase, requestedDatabaseUrl, throwawayPostgres, type HarnessDatabase } from "./harness/database";
import { at, drive } from "./harness/drive";
import { ensureBuild, machine, startServer, watchdog, type Server } from "./harness/server";
import { Ledger, writer, type Owner } from "./harness/writers";

const PORT = Number(process.env.REPLICAS_PORT ?? 3310);
const REPLICAS = Number(process.env.REPLICAS ?? 2);
const SECONDS = Number(process.env.REPLICAS_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.REPLICAS_CONNECTIONS ?? 100);
const WARM_SECONDS = Number(process.env.REPLICAS_WARM_SECONDS ?? 15);
const USERS = 20;
/** lib/rate-limit.ts: sign-in attempts on one account from one client per 15 minutes. */
const SIGN_IN_LIMIT = 5;

watchdog(12 + (WARM_SECONDS + SECONDS) / 60, "replicas");
ensureBuild();

const sqlite = process.argv.includes("--sqlite");
let throwaway: ReturnType<typeof throwawayPostgres>;
let serverUrl = sqlite ? undefined : requestedDatabaseUrl();
if (!sqlite && !serverUrl) {
  throwaway = throwawayPostgres();
  if (!throwaway) {
    console.error("replicas: no PostgreSQL given and none could be started; install it (apt-get install -y postgresql) or pass --database-url");
    process.exit(1);
  }
  serverUrl = throwaway.url;
}
const database: HarnessDatabase = await harnessDatabase("replicas", serverUrl);
let replicas: Server[] = [];
let proxy: RoundRobin | undefined;

/** Starts the replicas at the same time (on PostgreSQL they queue on the migration lock) and the proxy. */
async function startAll(relaxedLimits: boolean): Promise<RoundRobin> {
  replicas = await Promise.all(
    Array.from({ length: REPLICAS }, (_, i) =>
      startServer({ port: PORT + 1 + i, database: database.url, relaxedLimits, trustProxy: 2, quiet: true }),
    ),
  );
  return roundRobin(PORT, replicas.map((r) => r.url));
}

async function stopAll(): Promise<void> {
  await proxy?.close();
  proxy = undefined;
  await Promise.all(replicas.map((r) => r.stop()));
  replicas = [];
}

/**
 * Wrong passwords for `email` from one client until a 429, at most `max`: the attempt that was
 * refused (null if none) and the replica that answered each attempt. One CSRF token for all, so
 * every attempt is a single POST and the proxy alternates replicas between attempts.
 */
async function attemptsUntilRefused(base: string, email: string, max: number) {
  const ip = testIp();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const answeredBy: string[] = [];
  for (let attempt = 1; attempt <= max; attempt++) {
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": ip },
      body: new URLSearchParams({ email, password: `not the password ${attempt}`, csrfToken, callbackUrl: "/dashboard" }),
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    answeredBy.push(response.headers.get(REPLICA_HEADER) ?? "direct");
    if (response.status === 429) return { refusedAt: attempt, answeredBy };
    if (response.status !== 302) throw new Error(`sign-in attempt ${attempt}: unexpected ${response.status}`);
  }
  return { refusedAt: null, answeredBy };
}

/** Where the run is, on stderr: a run that stops in the middle says where it was. */
const progress = (step: string) => process.stderr.write(`replicas: ${step}\n`);

const checks: { name: string; ok: boolean; figure: string }[] = [];
let exitCode = 1;
try {
  // Phase 1: the limits as in production.
  progress(`starting ${REPLICAS} replicas on ${database.describe}`);
  proxy = await startAll(false);
  progress("phase 1: failed sign-ins through the proxy and on one replica");
  const spread = await registerAndSignIn(proxy.url, "replicas");
  const alone = await registerAndSignIn(proxy.url, "replicas");
  const through = await attemptsUntilRefused(proxy.url, spread.email, SIGN_IN_LIMIT * REPLICAS + 3);
  const single = await attemptsUntilRefused(replicas[0]!.url, alone.email, SIGN_IN_LIMIT * REPLICAS + 3);
  const distinct = new Set(through.answeredBy).size;
  checks.push({
    name: "failed sign-ins counted across replicas",
    ok: through.refusedAt !== null && through.refusedAt === single.refusedAt && distinct === REPLICAS,
    figure: `429 at attempt ${through.refusedAt ?? "never"} through the proxy (answered by replicas ${through.answeredBy.join(",")}), at attempt ${single.refusedAt ?? "never"} on one replica alone (goal: the same, ${SIGN_IN_LIMIT + 1})`,
  });
  await stopAll();

  // Phase 2: the load mix, with per-client limits relaxed as in `npm run test:load`.
  progress("phase 2: restarting the replicas with relaxed limits");
  proxy = await startAll(true);
  progress(`phase 2: ${USERS} users, then ${WARM_SECONDS} s warm-up and ${SECONDS} s of load at ${CONNECTIONS} connections`);
  const base = proxy.url;
  const owners: Owner[] = [];
  for (let u = 0; u < USERS; u++) {
    const account = await registerAndSignIn(base, "replicas");
    const { planId, token } = await seedPlanWithShare(base, account, u % 2 ? "data-engineer" : "ml-engineer");
    const plan = await api(base, "GET", `/api/v1/me/plans/${planId}`, { account });
    const items = (plan.body.plan.phases as { items: { skill: string }[] }[]).flatMap((p) => p.items.map((i) => i.skill));
    owners.push({ account, planId, items, token });
  }
  const slots = Math.ceil(CONNECTIONS / USERS);
  const ledger = new Ledger();
  const make = (tag: string) =>
    Array.from({ length: CONNECTIONS }, (_, c) => writer(base, owners[c % USERS]!, Math.floor(c / USERS), slots, ledger, tag));
  if (WARM_SECONDS > 0) await drive(make("warm"), WARM_SECONDS);
  const servedBefore = [...proxy.served];
  const warmAcks = ledger.acknowledged;
  const stats = await drive(make("load"), SECONDS);
  const servedInRun = proxy.served.map((n, i) => n - servedBefore[i]!);

  progress("reading every acknowledged write back");
  const reader = database.reader();
  const missing = await ledger.missing(reader);
  await reader.close();

  const fivexx = stats.byClass["5xx"] ?? 0;
  console.log(`Waypoint replicas · ${new Date().toISOString()} · ${machine()}`);
  console.log(`${REPLICAS} replicas of next start behind a round-robin proxy on ${database.describe}`);
  console.log(
    `${CONNECTIONS} connections, ${SECONDS} s, ${USERS} users: ${stats.requests.toLocaleString("en")} requests (${(stats.requests / SECONDS).toFixed(0)}/s), p50 ${at(stats.latencies, 0.5)} ms, p99 ${at(stats.latencies, 0.99)} ms; per replica ${servedInRun.join(" / ")}`,
  );
  console.log(`status classes: ${JSON.stringify(stats.byClass)}; connection failures ${stats.failures}`);
  for (const [kind, { ms, timeouts }] of stats.byKind) {
    console.log(`  ${kind}: ${ms.length.toLocaleString("en")} requests, p50 ${at(ms, 0.5)} ms, p99 ${at(ms, 0.99)} ms, max ${at(ms, 1)} ms, ${timeouts} timeouts`);
  }
  for (const problem of missing.slice(0, 10)) console.log(`  missing: ${problem}`);
  // What the replicas logged, to tell a 5xx's cause (the run keeps them quiet otherwise).
  if (fivexx > 0) for (const r of replicas) console.log(`  ${r.url} logged:\n${r.stderr.join("").slice(-3000)}`);
  checks.push(
    { name: "5xx responses", ok: fivexx === 0, figure: `${fivexx} (goal 0)` },
    { name: "timeouts (10 s)", ok: stats.timeouts === 0 && stats.failures === 0, figure: `${stats.timeouts} timeouts, ${stats.failures} failed connections (goal 0)` },
    {
      name: "acknowledged writes in the database",
      ok: missing.length === 0,
      figure: `${missing.length} missing of ${ledger.acknowledged.toLocaleString("en")} acknowledged (${(ledger.acknowledged - warmAcks).toLocaleString("en")} in the run), written through both replicas; ${ledger.statusesLetGo} statuses of items that left their plan (goal 0 missing)`,
    },
    { name: "every replica served", ok: servedInRun.every((n) => n > 0), figure: servedInRun.join(" / ") },
  );
  for (const c of checks) console.log(`${c.ok ? "ok  " : "MISS"} ${c.name}: ${c.figure}`);
  const missed = checks.filter((c) => !c.ok).length;
  console.log(`replicas: ${checks.length - missed} passed, ${missed} failed`);
  exitCode = missed > 0 ? 1 : 0;
} catch (error) {
  for (const c of checks) console.log(`${c.ok ? "ok  " : "MISS"} ${c.name}: ${c.figure}`);
  console.error(error);
  for (const r of replicas) console.error(`replica ${r.url} stderr:\n${r.stderr.join("").slice(-2000)}`);
} finally {
  await stopAll();
  await database.cleanup();
  throwaway?.stop();
}
process.exit(exitCode);
