/**
 * Where rate-limit counters are kept (docs/decisions/0009, 0014). One process on SQLite keeps them
 * in memory; replicas on PostgreSQL share them in a table of that database, so five wrong
 * passwords spread over two replicas count as five, not as up to five on each.
 */
import { createHash } from "node:crypto";
import type { Sql } from "postgres";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { dialectOf } from "@/lib/database-dialect";

export type StoreKind = "memory" | "postgres";

/**
 * PostgreSQL when db/ connects to PostgreSQL (the same decision, lib/database-dialect.ts), memory
 * otherwise (SQLite: one process, nothing to share).
 */
export function storeKind(databaseUrl: string | undefined): StoreKind {
  return dialectOf(databaseUrl) === "postgres" ? "postgres" : "memory";
}

/**
 * The table rate-limiter-flexible's PostgreSQL store uses, one for every limit (each limit's keys
 * carry its name as a prefix). The library creates it with CREATE TABLE IF NOT EXISTS in its own
 * format (key varchar(255), points, expire in ms), so it stays outside drizzle's schema.
 */
export const COUNTER_TABLE = "rate_limit_counters";

/**
 * Keys as the store sees them: a digest of what the caller passed. Keys hold email addresses and
 * client addresses; a shared table then holds neither in clear, and every key fits the library's
 * varchar(255) however long the email (254) plus a client address is.
 */
export function storedKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

export interface LimiterSpec {
  name: string;
  points: number;
  durationSeconds: number;
}

export type LimiterFactory = (spec: LimiterSpec) => () => Promise<RateLimiterAbstract>;

export const memoryStore: LimiterFactory = ({ name, points, durationSeconds }) => {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
  return async () => limiter;
};

/**
 * What rate-limiter-flexible's PostgreSQL store calls on a `pg` Pool (`query({ text, values })`
 * answering `{ rows, rowCount }`), served by postgres.js, the driver db/ uses (decision 0013): one
 * driver, one reading of the connection URL (TLS, options) for the whole app. The library's four
 * statements are fixed texts with $n parameters, so they are prepared once per connection.
 */
export function asPgPool(sql: Sql) {
  return {
    async query({ text, values = [] }: { text: string; values?: unknown[] }) {
      const result = await sql.unsafe(text, values as never[], { prepare: true });
      return { rows: [...result], rowCount: result.count };
    },
  };
}

/**
 * PostgreSQL counters through a small postgres.js pool of their own: db/ owns the app's pool, and a
 * count must not wait behind a page's queries for a connection. The table is created once per
 * process before the first count: the library's own constructor creates it in the background and
 * refuses counts until then, which would fail the first sign-ins after a start.
 */
export function postgresStore(connectionString: string, makeClient?: (url: string) => Sql): LimiterFactory {
  let client: ReturnType<typeof asPgPool> | undefined;
  let table: Promise<void> | undefined;
  let sweeperAssigned = false;

  const getPool = async () => {
    if (!client) {
      let sql = makeClient?.(connectionString);
      if (!sql) {
        const { default: postgres } = await import("postgres");
        // Few connections: a count is one short statement; idle ones close so a quiet replica holds none.
        sql = postgres(connectionString, { max: 4, idle_timeout: 30, onnotice: () => {} });
      }
      client = asPgPool(sql);
    }
    return client;
  };

  const ensureTable = () => {
    table ??= (async () => {
      const client = await getPool();
      await new Promise<void>((resolve, reject) => {
        new RateLimiterPostgres({ storeClient: client, storeType: "pool", tableName: COUNTER_TABLE, clearExpiredByTimeout: false, points: 1, duration: 1 }, (error?: unknown) =>
          error ? reject(error) : resolve(),
        );
      });
    })().catch((error: unknown) => {
      table = undefined; // try again on the next count rather than refusing every count until restart
      throw error;
    });
    return table;
  };

  return ({ name, points, durationSeconds }) => {
    let limiter: RateLimiterAbstract | undefined;
    return async () => {
      if (limiter) return limiter;
      await ensureTable();
      // One limiter per process deletes rows expired for an hour, every 5 minutes; they share the table.
      const sweeps = !sweeperAssigned;
      sweeperAssigned = true;
      limiter = new RateLimiterPostgres({
        storeClient: await getPool(),
        storeType: "pool",
        tableName: COUNTER_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: sweeps,
        keyPrefix: name,
        points,
        duration: durationSeconds,
        // If the database cannot be reached for a moment, count in this process meanwhile rather
        // than answer 500: per-replica limits for that moment, never none.
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }),
      });
      return limiter;
    };
  };
}

export function storeFor(databaseUrl: string | undefined): { kind: StoreKind; factory: LimiterFactory } {
  const kind = storeKind(databaseUrl);
  return { kind, factory: kind === "postgres" ? postgresStore(databaseUrl!) : memoryStore };
}
