/**
 * Which database a `DATABASE_URL` names (docs/decisions/0013): a `postgres://` or `postgresql://`
 * URL is PostgreSQL, anything else is a SQLite path or `file:` URL (lib/env.ts refuses other
 * schemes at start). One decision for every layer: db/ opens its connection by it and the rate
 * limiter (lib/rate-limit-store.ts) picks its store by it, so the two can never disagree. Pure, so
 * lib/ may import it without reaching into db/ (docs/decisions/0012).
 */
export type Dialect = "sqlite" | "postgres";

export function dialectOf(url: string | undefined): Dialect {
  return /^postgres(ql)?:\/\//i.test(url ?? "") ? "postgres" : "sqlite";
}
