import { randomBytes } from "node:crypto";
import { and, count, eq, gt, lte, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { prepared } from "../prepared";
import { userSessions, users } from "../schema";
import type { PublicUser } from "./users";

/** Starts a session row for a sign-in; its id goes into the JWT cookie. */
export function createSession(userId: string, lifetimeMs: number, now = Date.now()): string {
  const id = randomBytes(24).toString("base64url");
  const db = getDb();
  db.transaction((tx) => {
    // Expired rows of this user are of no use to anyone; clearing them here keeps the table small.
    tx.delete(userSessions).where(and(eq(userSessions.userId, userId), lte(userSessions.expiresAt, new Date(now)))).run();
    tx.insert(userSessions).values({ id, userId, expiresAt: new Date(now + lifetimeMs) }).run();
  });
  return id;
}

const liveSessionUser = prepared((db) =>
  db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sql.placeholder("sessionId")),
        eq(userSessions.userId, sql.placeholder("userId")),
        // Raw SQL: the placeholder takes epoch milliseconds as stored, with no Date mapping.
        sql`${userSessions.expiresAt} > ${sql.placeholder("now")}`,
      ),
    )
    .prepare(),
);

/** The user of a live session, in one indexed lookup (it replaces the plain user lookup). */
export function sessionUser(sessionId: string, userId: string, now = Date.now()): PublicUser | undefined {
  return liveSessionUser().get({ sessionId, userId, now });
}

export function endSession(sessionId: string): void {
  getDb().delete(userSessions).where(eq(userSessions.id, sessionId)).run();
}

/** Ends every session of the user, or every one but `keep` (the browser that changed the password). */
export function endUserSessions(userId: string, keep?: string, tx: Tx | ReturnType<typeof getDb> = getDb()): void {
  tx.delete(userSessions)
    .where(keep ? and(eq(userSessions.userId, userId), ne(userSessions.id, keep)) : eq(userSessions.userId, userId))
    .run();
}

export function countLiveSessions(userId: string, now = Date.now()): number {
  const row = getDb()
    .select({ n: count() })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), gt(userSessions.expiresAt, new Date(now))))
    .get();
  return row?.n ?? 0;
}
