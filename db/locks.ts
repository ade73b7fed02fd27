import "server-only";
import { and, eq } from "drizzle-orm";
import { connection, type Tx } from "./client";
import { plans, users } from "./tables";

/**
 * Row locks for writes that read before they write (a count against a cap, an ownership check
 * before an insert). On PostgreSQL, `SELECT … FOR UPDATE` holds the row until the transaction
 * ends, so a second transaction doing the same waits and then sees the first one's rows. On
 * SQLite the write lock of db/transaction.ts already runs such transactions one at a time.
 */
function forUpdate<Q>(query: Q): Q {
  return connection().dialect === "postgres" ? (query as unknown as { for(strength: "update"): Q }).for("update") : query;
}

/** Locks the user's row: custom-role and reply caps count under it. False when the user is gone. */
export async function lockUser(tx: Tx, userId: string): Promise<boolean> {
  const rows = await forUpdate(tx.select({ id: users.id }).from(users).where(eq(users.id, userId)));
  return rows.length > 0;
}

/**
 * Locks the plan when it is the user's: an insert under it (a share link) cannot race the plan's
 * deletion. False for another user's or an unknown plan.
 */
export async function lockOwnedPlan(tx: Tx, userId: string, planId: string): Promise<boolean> {
  const rows = await forUpdate(tx.select({ id: plans.id }).from(plans).where(and(eq(plans.userId, userId), eq(plans.id, planId))));
  return rows.length > 0;
}
