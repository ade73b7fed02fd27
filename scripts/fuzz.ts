// `npm run test:fuzz`: at least 5,000 malformed and hostile requests over every endpoint on
// `next start` (see scripts/harness/fuzz.ts for what is sent). Goals: zero 5xx, zero stack traces,
// zero cross-user reads or writes, and the database byte-for-byte unchanged by the refused requests.
import Database from "better-sqlite3";
import { buildWorld, generateCases, runCases } from "./harness/fuzz";
import { fingerprint } from "./harness/fingerprint";
import { ensureBuild, machine, startServer, tempDatabase, watchdog } from "./harness/server";

const PORT = Number(process.env.FUZZ_PORT ?? 3303);
const COUNT = Number(process.env.FUZZ_COUNT ?? 6000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);

watchdog(10 + COUNT / 1000, "fuzz");
ensureBuild();
const database = tempDatabase("fuzz");
// Real limits stay on: 429s are a correct refusal, and the limiter is part of what is fuzzed.
const server = await startServer({ port: PORT, database: database.file, quiet: true });
let exitCode = 1;
try {
  const world = await buildWorld(server.url);
  const read = () => {
    const db = new Database(database.file, { readonly: true });
    try {
      return fingerprint(db);
    } finally {
      db.close();
    }
  };
  const before = read();
  const started = Date.now();
  const { findings, statuses } = await runCases(server.url, world, generateCases(world, COUNT, SEED));
  const seconds = (Date.now() - started) / 1000;
  const after = read();
  const serverErrors = server.stderr.join("").split("\n").filter((l) => /unhandled error|Error:/.test(l));

  console.log(`Waypoint fuzz · ${new Date().toISOString()} · ${machine()}`);
  console.log(`${COUNT.toLocaleString("en")} requests (seed ${SEED}) in ${seconds.toFixed(0)} s; answers by class: ${JSON.stringify(statuses)}`);
  const byProblem = new Map<string, typeof findings>();
  for (const f of findings) byProblem.set(f.problem, [...(byProblem.get(f.problem) ?? []), f]);
  for (const [problem, list] of byProblem) {
    console.log(`  ${list.length} × ${problem}, e.g. ${list.slice(0, process.env.FUZZ_VERBOSE ? 50 : 3).map((f) => `${f.method} ${f.path} ${JSON.stringify(f.sample)} → ${f.status} (${f.label})`).join("; ")}`);
  }
  for (const line of serverErrors.slice(0, 5)) console.log(`  server log: ${line.slice(0, 200)}`);
  const checks = [
    { name: "findings (5xx, stack traces, cross-user, accepted bad writes)", ok: findings.length === 0, figure: `${findings.length} (goal 0)` },
    { name: "database unchanged by refused requests", ok: before === after, figure: before === after ? "identical" : "CHANGED" },
  ];
  for (const c of checks) console.log(`${c.ok ? "ok  " : "MISS"} ${c.name}: ${c.figure}`);
  const missed = checks.filter((c) => !c.ok).length;
  console.log(`fuzz: ${COUNT.toLocaleString("en")} requests, ${checks.length - missed} passed, ${missed} failed`);
  exitCode = missed > 0 ? 1 : 0;
} finally {
  await server.stop();
  database.cleanup();
}
process.exit(exitCode);
