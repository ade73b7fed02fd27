/**
 * A sliding-window counter kept in this process's memory. Waypoint runs as one Node process on an
 * embedded database, so the limits live beside it; a multi-node deployment would move this store
 * to the shared database or Redis behind the same interface.
 */
import { env } from "@/lib/env";
export interface LimitResult {
  ok: boolean;
  /** Seconds until the next attempt would be allowed (0 when ok). */
  retryAfter: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  /** Whether another attempt is allowed now, without counting one. */
  check(key: string): LimitResult {
    const recent = this.recent(key);
    if (recent.length < this.limit) return { ok: true, retryAfter: 0 };
    const oldest = recent[recent.length - this.limit]!;
    return { ok: false, retryAfter: Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000)) };
  }

  /** Counts one attempt and says whether it was within the limit. */
  hit(key: string): LimitResult {
    const verdict = this.check(key);
    if (verdict.ok) this.hits.set(key, [...this.recent(key), this.now()]);
    this.sweep();
    return verdict;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweeps = 0;
  /** Forgets idle keys now and then, so memory stays bounded under a flood of distinct keys. */
  private sweep(): void {
    if (++this.sweeps % 1000 !== 0) return;
    for (const key of [...this.hits.keys()]) this.recent(key);
  }
}

/** Tests and load runs may loosen limits; never on by default. */
const relaxed = env().WAYPOINT_RELAXED_LIMITS;
const scale = (n: number) => (relaxed ? n * 1000 : n);

export const limits = {
  /** Failed sign-ins per account and per client. */
  signInPerAccount: new RateLimiter(scale(5), 15 * 60_000),
  signInPerClient: new RateLimiter(scale(20), 15 * 60_000),
  registerPerClient: new RateLimiter(scale(30), 60 * 60_000),
  commentsPerLink: new RateLimiter(scale(20), 60 * 60_000),
  analyzePerClient: new RateLimiter(scale(60), 60_000),
};

/**
 * Forwarded-for headers are only believed behind a proxy that sets them (WAYPOINT_TRUST_PROXY=1);
 * otherwise any client could pick a fresh address per request. Without one, all anonymous
 * clients share one bucket, which errs on the side of refusing.
 */
export function clientKey(headers: Headers): string {
  if (!env().WAYPOINT_TRUST_PROXY) return "direct";
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "direct";
}
