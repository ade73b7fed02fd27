import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { connection } from "./client";
import * as pg from "./schema.pg";
import * as sqlite from "./schema";

/**
 * Auth.js's adapter (used by OAuth sign-ins) on the database this process opened, with that
 * dialect's tables. On SQLite it writes on the write connection, each call under the write lock
 * of db/transaction.ts, so it never lands inside another request's open transaction.
 */
export function authAdapter(): Adapter {
  const c = connection();
  if (c.dialect === "postgres") {
    return DrizzleAdapter(c.pg, {
      usersTable: pg.users,
      accountsTable: pg.accounts,
      sessionsTable: pg.sessions,
      verificationTokensTable: pg.verificationTokens,
    });
  }
  const adapter = DrizzleAdapter(c.writer, {
    usersTable: sqlite.users,
    accountsTable: sqlite.accounts,
    sessionsTable: sqlite.sessions,
    verificationTokensTable: sqlite.verificationTokens,
  });
  const locked: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(adapter)) {
    locked[name] =
      typeof method === "function" ? (...args: unknown[]) => c.writeLock.run(async () => method.apply(adapter, args)) : method;
  }
  return locked as Adapter;
}
