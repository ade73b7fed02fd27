import { and, eq, gt, lte } from "drizzle-orm";
import { getDb } from "../client";
import { passwordCredentials, passwordResetTokens, users } from "../schema";
import { endUserSessions } from "./sessions";

export function passwordHashOf(userId: string): string | undefined {
  return getDb().select({ hash: passwordCredentials.hash }).from(passwordCredentials).where(eq(passwordCredentials.userId, userId)).get()?.hash;
}

/** A password account for a reset mail; accounts that sign in only through OAuth have none. */
export function passwordAccountByEmail(email: string): { id: string; email: string } | undefined {
  const row = getDb()
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(passwordCredentials, eq(passwordCredentials.userId, users.id))
    .where(eq(users.email, email))
    .get();
  return row?.email ? { id: row.id, email: row.email } : undefined;
}

/** Sets the new hash and ends the user's other sessions (all of them when `keepSession` is unset). */
export function replacePassword(userId: string, hash: string, keepSession?: string): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.update(passwordCredentials).set({ hash, updatedAt: new Date() }).where(eq(passwordCredentials.userId, userId)).run();
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run();
    endUserSessions(userId, keepSession, tx);
  });
}

/** Stores a new reset token's hash; the user's earlier links stop working. */
export function storeResetToken(userId: string, tokenHash: string, expiresAt: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).run();
    tx.delete(passwordResetTokens).where(lte(passwordResetTokens.expiresAt, new Date())).run();
    tx.insert(passwordResetTokens).values({ tokenHash, userId, expiresAt }).run();
  });
}

export function liveResetToken(tokenHash: string, now = new Date()): { userId: string } | undefined {
  return getDb()
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), gt(passwordResetTokens.expiresAt, now)))
    .get();
}

/**
 * Uses the token once: it is deleted in the same transaction that sets the password and ends
 * every session, so two parallel uses cannot both succeed. False when it was not (or no longer) live.
 */
export function resetWithToken(tokenHash: string, hash: string, now = new Date()): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), gt(passwordResetTokens.expiresAt, now)))
      .returning({ userId: passwordResetTokens.userId })
      .get();
    if (!row) return false;
    tx.update(passwordCredentials).set({ hash, updatedAt: now }).where(eq(passwordCredentials.userId, row.userId)).run();
    tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, row.userId)).run();
    endUserSessions(row.userId, undefined, tx);
    return true;
  });
}
