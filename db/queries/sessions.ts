import { randomBytes } from "node:crypto";
import { and, count, eq, gt, lte, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { prepared } from "../prepared";
import { userSessions, users } from "../tables";
import { timeParam } from "../time";
import { transaction } from "../transaction";
import type { PublicUser } from "./users";

/** Starts a session row for a sign-in; its id goes into the JWT cookie. */
export async function createSession(userId: string, lifetimeMs: number, now = Date.now()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await transaction(async (tx) => {
    // Expired rows of this user are of no use to anyone; clearing them here keeps the table small.
    await tx.delete(userSessions).where(and(eq(userSessions.userId, userId), lte(userSessions.expiresAt, new Date(now))));
    await tx.insert(userSessions).values({ id, userId, expiresAt: new Date(now + lifetimeMs) });
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
        // Raw SQL: the placeholder takes the time as the driver stores it (db/time.ts), with no Date mapping.
        sql`${userSessions.expiresAt} > ${sql.placeholder("now")}`,
      ),
    )
    .prepare(),
);

/** The user of a live session, in one indexed lookup (it replaces the plain user lookup). */
export async function sessionUser(sessionId: string, userId: string, now = Date.now()): Promise<PublicUser | undefined> {
  const [user] = await liveSessionUser().execute({ sessionId, userId, now: timeParam(now) });
  return user;
}

export async function endSession(sessionId: string): Promise<void> {
  await transaction((tx) => tx.delete(userSessions).where(eq(userSessions.id, sessionId)));
}

/**
 * Ends every session of the user, or every one but `keep` (the browser that changed the
 * password), in the caller's transaction or in one of its own.
 */
export async function endUserSessions(userId: string, keep?: string, tx?: Tx): Promise<void> {
  const end = (handle: Tx) =>
    handle.delete(userSessions).where(keep ? and(eq(userSessions.userId, userId), ne(userSessions.id, keep)) : eq(userSessions.userId, userId));
  if (tx) await end(tx);
  else await transaction(async (own) => void (await end(own)));
}

export async function countLiveSessions(userId: string, now = Date.now()): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), gt(userSessions.expiresAt, new Date(now))));
  return row?.n ?? 0;
}
