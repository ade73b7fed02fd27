// Runs request loops side by side for a while and gathers what came back: counts per status
// class, timeouts, failed connections and latencies, overall and per kind of request.
import type { Outcome } from "./writers";

export type DriveStats = Awaited<ReturnType<typeof drive>>;

export async function drive(next: (() => Promise<Outcome>)[], seconds: number) {
  const stats = {
    requests: 0,
    byClass: {} as Record<string, number>,
    timeouts: 0,
    failures: 0,
    latencies: [] as number[],
    byKind: new Map<string, { ms: number[]; timeouts: number }>(),
  };
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    next.map(async (send) => {
      while (Date.now() < until) {
        const outcome = await send();
        stats.requests++;
        const cls = outcome.status === 0 ? "none" : `${Math.floor(outcome.status / 100)}xx`;
        stats.byClass[cls] = (stats.byClass[cls] ?? 0) + 1;
        if (outcome.timedOut) stats.timeouts++;
        if (outcome.failed) stats.failures++;
        stats.latencies.push(outcome.ms);
        const kind = stats.byKind.get(outcome.kind) ?? { ms: [], timeouts: 0 };
        kind.ms.push(outcome.ms);
        if (outcome.timedOut) kind.timeouts++;
        stats.byKind.set(outcome.kind, kind);
      }
    }),
  );
  stats.latencies.sort((a, b) => a - b);
  for (const kind of stats.byKind.values()) kind.ms.sort((a, b) => a - b);
  return stats;
}

export const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
