import { randomUUID } from "node:crypto";
import postgres, { type Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { COUNTER_TABLE, postgresStore, storedKey, storeKind, type LimiterFactory } from "./rate-limit-store";
import { Limit } from "./rate-limit";

describe("storeKind", () => {
  it("shares counters in the database only when the app runs on PostgreSQL", () => {
    expect(storeKind("postgres://app@db.internal:5432/waypoint")).toBe("postgres");
    expect(storeKind("postgresql://app:secret@10.0.0.5/waypoint?sslmode=require")).toBe("postgres");
    expect(storeKind("POSTGRES://app@db/waypoint")).toBe("postgres");
  });

  it("keeps them in memory for SQLite, the one-process default", () => {
    for (const url of [undefined, "", "data/waypoint.db", "file:data/waypoint.db", "/var/lib/waypoint/db.sqlite", "./postgres.db"]) {
      expect(storeKind(url)).toBe("memory");
    }
  });
});

describe("rateLimitStore", () => {
  // Re-imports the module twice; on a loaded machine that alone can pass the default 5 s.
  it("follows DATABASE_URL, and choosing PostgreSQL opens no connection until a count", { timeout: 30_000 }, async () => {
    const saved = process.env.DATABASE_URL;
    try {
      for (const [url, kind] of [
        // Port 1 refuses connections: had anything connected, the test would see it fail.
        ["postgres://nobody@127.0.0.1:1/none", "postgres"],
        ["file:data/test.db", "memory"],
      ] as const) {
        vi.resetModules();
        process.env.DATABASE_URL = url;
        const { rateLimitStore } = await import("./rate-limit");
        expect(rateLimitStore()).toBe(kind);
      }
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
      vi.resetModules();
    }
  });
});

describe("storedKey", () => {
  it("fits the store's varchar(255) and keeps addresses out of the shared table", () => {
    const email = `${"a".repeat(64)}@${"b".repeat(185)}.com`;
    const key = storedKey(`${email}|2001:db8:1:2::/64`);
    expect(key.length).toBeLessThanOrEqual(255 - "signin-account-client:".length);
    expect(key).not.toContain("@");
    expect(storedKey("x")).toBe(storedKey("x"));
    expect(storedKey("x")).not.toBe(storedKey("y"));
  });
});

/**
 * Two stores on one database stand for two replicas: each has its own pool, as two processes would.
 * Runs when TEST_DATABASE_URL names a PostgreSQL database (`npm run db:pg -- start`); it works in a
 * database of its own, made and dropped here, so it cannot disturb other tests on the same server.
 */
const TEST_URL = process.env.TEST_DATABASE_URL;
describe.skipIf(storeKind(TEST_URL) !== "postgres")("PostgreSQL store shared by two replicas", { timeout: 30_000 }, () => {
  const pools: Sql[] = [];
  let url = "";
  let database = "";
  let replicaA: LimiterFactory;
  let replicaB: LimiterFactory;
  const admin = () => postgres(TEST_URL!, { max: 1, onnotice: () => {} });

  beforeAll(async () => {
    // CREATE DATABASE copies a template: seconds on a busy machine.
    database = `waypoint_rl_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const sql = admin();
    await sql.unsafe(`CREATE DATABASE ${database}`);
    await sql.end();
    const target = new URL(TEST_URL!);
    target.pathname = `/${database}`;
    url = target.toString();
    const makeClient = (connectionString: string) => {
      const created = postgres(connectionString, { max: 4, onnotice: () => {} });
      pools.push(created);
      return created;
    };
    replicaA = postgresStore(url, makeClient);
    replicaB = postgresStore(url, makeClient);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    const sql = admin();
    await sql.unsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await sql.end();
  }, 60_000);

  const pair = (points: number) => {
    const spec = { name: `test-${randomUUID().slice(0, 8)}`, points, durationSeconds: 60 };
    return [new Limit(replicaA(spec), points), new Limit(replicaB(spec), points)] as const;
  };

  it("both replicas create the table at once without an error", async () => {
    const [a, b] = pair(5);
    await Promise.all([a.peek("k"), b.peek("k")]);
    const check = postgres(url, { max: 1 });
    pools.push(check);
    const rows = await check`SELECT to_regclass(${COUNTER_TABLE})::text AS t`;
    expect(rows[0]!.t).toBe(COUNTER_TABLE);
  });

  it("counts attempts spread over both replicas against one total", async () => {
    const [a, b] = pair(5);
    const verdicts = [];
    for (let i = 0; i < 8; i++) verdicts.push(await (i % 2 ? b : a).consume("owner@example.com"));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true, false, false, false]);
    expect(verdicts[5]!.retryAfter).toBeGreaterThan(0);
    expect((await a.peek("owner@example.com")).ok).toBe(false);
    expect((await b.peek("owner@example.com")).ok).toBe(false);
    expect((await b.peek("someone-else@example.com")).ok).toBe(true);
  });

  it("lets exactly the limit through when both replicas are hit in parallel", async () => {
    const [a, b] = pair(5);
    const verdicts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? b : a).consume("burst")));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
  });

  it("sees a refund or a reset made on the other replica", async () => {
    const [a, b] = pair(3);
    for (let i = 0; i < 3; i++) await a.consume("k");
    expect((await b.peek("k")).ok).toBe(false);
    await b.refund("k");
    expect((await a.consume("k")).ok).toBe(true);
    expect((await a.consume("k")).ok).toBe(false);
    await b.reset("k");
    expect((await a.peek("k")).ok).toBe(true);
  });

  it("stores digests, not the emails and addresses it was given", async () => {
    const [a] = pair(5);
    await a.consume("owner@example.com|203.0.113.9");
    const check = postgres(url, { max: 1 });
    pools.push(check);
    const all = await check.unsafe(`SELECT key FROM ${COUNTER_TABLE}`);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((r) => /@|203\.0\.113/.test(r.key as string))).toHaveLength(0);
  });
});
