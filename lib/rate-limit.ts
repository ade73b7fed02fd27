/**
 * Every rate limit of the app, behind one module (docs/decisions/0009). The counters are
 * rate-limiter-flexible's: `consume` counts and decides in one step, so parallel requests cannot
 * all slip through between a check and a count. They live in this process's memory on SQLite and
 * in the database on PostgreSQL, where replicas share them (lib/rate-limit-store.ts, decision 0014).
 */
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { storedKey, storeFor, type LimiterFactory, type StoreKind } from "@/lib/rate-limit-store";

export interface LimitResult {
  ok: boolean;
  /** Seconds until the next attempt would be allowed (0 when ok). */
  retryAfter: number;
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export class Limit {
  constructor(
    /** The store's limiter, made on first use (a database store connects then, never at build). */
    private readonly limiter: () => Promise<RateLimiterAbstract>,
    readonly points: number,
  ) {}

  /** Counts one attempt now, before any work, and says whether it was within the limit. */
  async consume(key: string): Promise<LimitResult> {
    const limiter = await this.limiter();
    try {
      await limiter.consume(storedKey(key));
      return { ok: true, retryAfter: 0 };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { ok: false, retryAfter: retryAfter(error) };
      throw error;
    }
  }

  /** Whether the next attempt would be refused, without counting one (to answer 429 early). */
  async peek(key: string): Promise<LimitResult> {
    const res = await (await this.limiter()).get(storedKey(key));
    return res && res.consumedPoints >= this.points ? { ok: false, retryAfter: retryAfter(res) } : { ok: true, retryAfter: 0 };
  }

  /** Gives back an attempt that turned out to be legitimate (a successful sign-in). */
  async refund(key: string): Promise<void> {
    await (await this.limiter()).reward(storedKey(key), 1);
  }

  async reset(key: string): Promise<void> {
    await (await this.limiter()).delete(storedKey(key));
  }
}

let chosen: { kind: StoreKind; factory: LimiterFactory } | undefined;

/** The one place that decides where counters are kept, from `DATABASE_URL`, on first use. */
function store() {
  chosen ??= storeFor(env().DATABASE_URL);
  return chosen;
}

/** Where this process keeps its counters: "memory" (SQLite, one process) or "postgres" (shared). */
export const rateLimitStore = (): StoreKind => store().kind;

/** Tests and load runs may loosen limits; never on by default. */
const relaxed = () => env().WAYPOINT_RELAXED_LIMITS;

function limit(name: string, points: number, durationSeconds: number): Limit {
  const scaled = relaxed() ? points * 1000 : points;
  let limiter: (() => Promise<RateLimiterAbstract>) | undefined;
  return new Limit(() => {
    limiter ??= store().factory({ name, points: scaled, durationSeconds });
    return limiter();
  }, scaled);
}

const MINUTE = 60;

export const limits = {
  /** Sign-in attempts on one account from one client: guessing one password is slow. */
  signInPerAccountClient: limit("signin-account-client", 5, 15 * MINUTE),
  /**
   * Sign-in attempts on one account from anywhere: caps a distributed guess at one account
   * without letting a single client lock its owner out (that takes 50 wrong tries an hour).
   */
  signInPerAccount: limit("signin-account", 50, 60 * MINUTE),
  /** Sign-in attempts from one client over all accounts (password spraying). */
  signInPerClient: limit("signin-client", 30, 15 * MINUTE),
  registerPerClient: limit("register-client", 30, 60 * MINUTE),
  /** Current-password checks (password change) per account. */
  passwordCheckPerAccount: limit("password-check-account", 5, 15 * MINUTE),
  /** Reset mails: per client, and per address so nobody's inbox can be flooded. */
  resetRequestPerClient: limit("reset-client", 10, 60 * MINUTE),
  resetRequestPerEmail: limit("reset-email", 3, 60 * MINUTE),
  /** Reset-token attempts per client: tokens are unguessable, this only stops floods. */
  resetUsePerClient: limit("reset-use-client", 30, 60 * MINUTE),
  commentsPerLink: limit("comments-link", 20, 60 * MINUTE),
  analyzePerClient: limit("analyze-client", 60, MINUTE),
};

/** Set by instrumentation.ts from the TCP connection, over anything a client sent (lib/http/peer.ts). */
export const PEER_HEADER = "x-waypoint-peer";

/** `::ffff:127.0.0.2` is 127.0.0.2; an IPv6 host owns a whole /64, so that is one client. */
export function normalizeAddress(address: string): string {
  const value = address.trim().replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) return mapped[1]!;
  if (!value.includes(":")) return value;
  const [head = "", tail = ""] = value.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = value.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * The client a request comes from. Without a trusted proxy it is the TCP peer: headers are the
 * client's own words. Behind `WAYPOINT_TRUST_PROXY=N` proxies, each appends the address it saw to
 * X-Forwarded-For, so the N-th entry from the right is the one the outermost trusted proxy wrote;
 * anything left of it may be forged.
 */
export function clientKey(headers: Headers, trustedProxies = env().WAYPOINT_TRUST_PROXY): string {
  const peer = headers.get(PEER_HEADER);
  // Only a request that bypassed the server (a unit test) lacks it; such callers share one bucket.
  if (!peer) return "unknown";
  const chain = [peer, ...(headers.get("x-forwarded-for") ?? "").split(",").map((a) => a.trim()).filter(Boolean).reverse()];
  return normalizeAddress(chain[Math.min(trustedProxies, chain.length - 1)]!);
}
