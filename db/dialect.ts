/**
 * Which database `DATABASE_URL` names (docs/decisions/0013): a `postgres://` or `postgresql://`
 * URL is PostgreSQL, anything else is a SQLite path or `file:` URL (lib/env.ts refuses other
 * schemes at start). Read from the raw environment, not lib/env, because db/tables.ts decides at
 * import time, which may happen during `next build` before the server validates its settings.
 */
export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string | undefined): Dialect {
  return /^postgres(ql)?:\/\//i.test(url ?? "") ? "postgres" : "sqlite";
}

export const DIALECT: Dialect = dialectOf(process.env.DATABASE_URL);
