// `npm run bench`: measures what docs/BENCHMARKS.md reports and exits non-zero when a goal is
// missed. Runs on one core in this process; HTTP parts (when present) use loopback only.
import os from "node:os";
import { benchAnalyzer, formatAnalyzer } from "./bench/analyzer";
import { benchEngine } from "./bench/engine";

const ENGINE_GOAL = 10_000;

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const results: { name: string; figure: string; ok: boolean }[] = [];

const engine = benchEngine();
results.push({
  name: "engine: full fit ranking + one roadmap per call",
  figure: `${engine.callsPerSecond.toLocaleString("en")} calls/s (goal ≥ ${ENGINE_GOAL.toLocaleString("en")})`,
  ok: engine.callsPerSecond >= ENGINE_GOAL,
});

const analyzer = benchAnalyzer();
results.push({ name: "job-posting analyzer accuracy", figure: formatAnalyzer(analyzer), ok: analyzer.ok });

console.log(`Waypoint bench · ${new Date().toISOString().slice(0, 10)} · ${machine()}`);
for (const r of results) console.log(`${r.ok ? "ok  " : "MISS"} ${r.name}: ${r.figure}`);
const missed = results.filter((r) => !r.ok).length;
console.log(`${results.length - missed} passed, ${missed} failed`);
process.exit(missed > 0 ? 1 : 0);
