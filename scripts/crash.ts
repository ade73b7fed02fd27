// `npm run test:crash`: SIGKILL the server in the middle of writes, 10 times, restarting it on the
// same database each time. After every kill: PRAGMA integrity_check is ok and every write the
// server acknowledged before it died is in the database (docs/decisions/0002-sqlite-durability.md).
// `-- --database-url postgres://…` (or a postgres:// DATABASE_URL) kills app servers on a fresh
// PostgreSQL database instead: the database server lives on, so integrity_check is SQLite's only.
import Database from "better-sqlite3";
import { api, registerAndSignIn, seedPlanWithShare } from "./harness/client";
import { harnessDatabase } from "./harness/database";
import { ensureBuild, machine, startServer, type Server, watchdog } from "./harness/server";
import { Ledger, writer, type Owner } from "./harness/writers";

const PORT = Number(process.env.CRASH_PORT ?? 3302);
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 10);
const WRITERS = 24;
const USERS = 4;

watchdog(6 + ROUNDS / 2, "crash");
ensureBuild();
const database = await harnessDatabase("crash");
const ledger = new Ledger();
let server: Server = await startServer({ port: PORT, database: database.url, relaxedLimits: true, quiet: true });
const failures: string[] = [];
let killedMidRequest = 0;

try {
  const owners: Owner[] = [];
  for (let u = 0; u < USERS; u++) {
    const account = await registerAndSignIn(server.url, "crash");
    const { planId, token } = await seedPlanWithShare(server.url, account);
    const plan = await api(server.url, "GET", `/api/v1/me/plans/${planId}`, { account });
    const items = (plan.body.plan.phases as { items: { skill: string }[] }[]).flatMap((p) => p.items.map((i) => i.skill));
    owners.push({ account, planId, items, token });
  }
  const slots = Math.ceil(WRITERS / USERS);

  for (let round = 1; round <= ROUNDS; round++) {
    // Writes only (no reads), so the kill almost surely lands inside a transaction or a commit.
    const sends = Array.from({ length: WRITERS }, (_, w) =>
      writer(server.url, owners[w % USERS]!, Math.floor(w / USERS), slots, ledger, `r${round}`, { save: 0.5, status: 0.4, comment: 0.1 }),
    );
    let stop = false;
    const inFlight = sends.map(async (send) => {
      while (!stop) {
        const outcome = await send();
        if (outcome.status === 0) {
          killedMidRequest++;
          return;
        }
        if (outcome.status >= 500) failures.push(`round ${round}: a write answered ${outcome.status}`);
      }
    });
    await new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
    const victim = server;
    stop = true;
    await victim.stop("SIGKILL");
    await Promise.all(inFlight);

    // Check the files as the killed server left them, before anything else opens them.
    let integrity = "n/a (PostgreSQL)";
    if (database.file) {
      const db = new Database(database.file);
      integrity = String(db.pragma("integrity_check", { simple: true }));
      db.close();
      if (integrity !== "ok") failures.push(`round ${round}: integrity_check ${integrity}`);
    }
    const reader = database.reader();
    const missing = await ledger.missing(reader);
    await reader.close();
    for (const m of missing) failures.push(`round ${round}: ${m}`);
    console.log(
      `round ${round}: killed pid ${victim.pid}; integrity ${integrity}; ${ledger.acknowledged} acknowledged writes so far, ${missing.length} missing`,
    );
    server = await startServer({ port: PORT, database: database.url, relaxedLimits: true, quiet: true });
  }
} finally {
  await server.stop();
  await database.cleanup();
}

console.log(`Waypoint crash · ${new Date().toISOString()} · ${machine()} · ${database.describe}`);
console.log(`${database.kind === "sqlite" ? "synchronous=NORMAL in WAL mode (db/client.ts)" : "PostgreSQL commits"}; ${killedMidRequest} requests were cut off by the kills`);
for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
const ok = failures.length === 0;
console.log(`${ok ? "ok  " : "MISS"} crash: ${ROUNDS} SIGKILLs during writes, ${ledger.acknowledged} acknowledged writes (${ledger.statusesLetGo} statuses of items that left their plan), ${failures.length} problems (goal 0)`);
process.exit(ok ? 0 : 1);
