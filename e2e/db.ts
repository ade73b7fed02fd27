import Database from "better-sqlite3";
import postgres from "postgres";

/**
 * The e2e server's own database, opened beside it so tests can check what was stored and set up
 * states no API offers, such as an already expired link. SQLite (WAL allows a second connection)
 * or PostgreSQL, whichever DATABASE_URL names for this run (scripts/e2e-server.mjs).
 *
 * SQL is written once for both: `?` marks a value, `"user"` is quoted (a reserved word on
 * PostgreSQL), `ON CONFLICT DO NOTHING` rather than `INSERT OR IGNORE`. Times differ in storage
 * (SQLite epoch milliseconds, PostgreSQL timestamptz), so they go in through `time()` and come out
 * through `millis()`.
 */
export interface TestDatabase {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` as one transaction: all of it is seen by the server, or none. */
  transaction(work: (db: Pick<TestDatabase, "query">) => Promise<void>): Promise<void>;
  /** A time as this database stores it, for a `?`. */
  time(epochMs: number): number | string;
  /** A stored time as epoch milliseconds. */
  millis(value: unknown): number;
  close(): Promise<void>;
}

const postgresUrl = () => (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null);

/** Whether this run's server stores its data in PostgreSQL (tests of SQLite's files skip then). */
export const onPostgres = postgresUrl() !== null;

/** The database the e2e server uses: same rules as scripts/e2e-server.mjs. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = postgresUrl();
  return url ? openPostgres(url) : openSqlite(process.env.E2E_DATABASE ?? "data/e2e.db");
}

/** Opens, runs `work`, closes. */
export async function withTestDatabase<T>(work: (db: TestDatabase) => Promise<T>): Promise<T> {
  const db = await openTestDatabase();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function openSqlite(file: string): TestDatabase {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  const query = async <T>(sql: string, params: unknown[] = []) => {
    const statement = sqlite.prepare(sql);
    return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
  };
  return {
    query,
    async transaction(work) {
      // IMMEDIATE takes the write lock first, so the server's writes wait (busy_timeout) rather than fail.
      sqlite.exec("BEGIN IMMEDIATE");
      try {
        await work({ query });
        sqlite.exec("COMMIT");
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        throw error;
      }
    },
    time: (epochMs) => epochMs,
    millis: (value) => Number(value),
    close: async () => void sqlite.close(),
  };
}

function openPostgres(url: string): TestDatabase {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const numbered = (text: string) => {
    let n = 0;
    return text.replace(/\?/g, () => `$${++n}`);
  };
  const queryOn = (client: postgres.Sql | postgres.TransactionSql) => async <T>(text: string, params: unknown[] = []) =>
    (await client.unsafe(numbered(text), params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  return {
    query: queryOn(sql),
    async transaction(work) {
      await sql.begin((tx) => work({ query: queryOn(tx) }));
    },
    time: (epochMs) => new Date(epochMs).toISOString(),
    millis: (value) => (value instanceof Date ? value.getTime() : new Date(String(value)).getTime()),
    close: () => sql.end({ timeout: 5 }),
  };
}
