import { and, eq, gt, lte } from "drizzle-orm";
import { getDb } from "../client";
import { passwordCredentials, passwordResetTokens, users } from "../tables";
import { transaction } from "../transaction";
import { endUserSessions } from "./sessions";

export async function passwordHashOf(userId: string): Promise<string | undefined> {
  const [row] = await getDb().select({ hash: passwordCredentials.hash }).from(passwordCredentials).where(eq(passwordCredentials.userId, userId));
  return row?.hash;
}

/** A password account for a reset mail; accounts that sign in only through OAuth have none. */
export async function passwordAccountByEmail(email: string): Promise<{ id: string; email: string } | undefined> {
  const [row] = await getDb()
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(passwordCredentials, eq(passwordCredentials.userId, users.id))
    .where(eq(users.email, email));
  return row?.email ? { id: row.id, email: row.email } : undefined;
}

/** Sets the new hash and ends the user's other sessions (all of them when `keepSession` is unset). */
export async function replacePassword(userId: string, hash: string, keepSession?: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.update(passwordCredentials).set({ hash, updatedAt: new Date() }).where(eq(passwordCredentials.userId, userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await endUserSessions(userId, keepSession, tx);
  });
}

/** Stores a new reset token's hash; the user's earlier links stop working. */
export async function storeResetToken(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await transaction(async (tx) => {
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await tx.delete(passwordResetTokens).where(lte(passwordResetTokens.expiresAt, new Date()));
    await tx.insert(passwordResetTokens).values({ tokenHash, userId, expiresAt });
  });
}

export async function liveResetToken(tokenHash: string, now = new Date()): Promise<{ userId: string } | undefined> {
  const [row] = await getDb()
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), gt(passwordResetTokens.expiresAt, now)));
  return row;
}

/**
 * Uses the token once: it is deleted in the same transaction that sets the password and ends
 * every session, so two parallel uses cannot both succeed (on PostgreSQL the second DELETE waits
 * for the first and then finds no row). False when it was not (or no longer) live.
 */
export async function resetWithToken(tokenHash: string, hash: string, now = new Date()): Promise<boolean> {
  return transaction(async (tx) => {
    const [row] = await tx
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), gt(passwordResetTokens.expiresAt, now)))
      .returning({ userId: passwordResetTokens.userId });
    if (!row) return false;
    await tx.update(passwordCredentials).set({ hash, updatedAt: now }).where(eq(passwordCredentials.userId, row.userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, row.userId));
    await endUserSessions(row.userId, undefined, tx);
    return true;
  });
}
