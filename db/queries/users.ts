import { eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { passwordCredentials, profiles, users } from "../schema";
import { writeAccountStart, type AccountStart } from "./account-start";

export interface PublicUser {
  id: string;
  email: string | null;
  name: string | null;
}

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists.");
  }
}

/**
 * Creates the user, the password credential and a profile together, or nothing; `start` (the
 * quick check's ratings, role and pace) is written in the same transaction.
 */
export async function createUserWithPassword(
  input: { email: string; name: string; passwordHash: string },
  start?: AccountStart,
): Promise<PublicUser> {
  const db = getDb();
  return db.transaction((tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (existing) throw new EmailTakenError();
    const user = tx
      .insert(users)
      .values({ email: input.email, name: input.name })
      .returning({ id: users.id, email: users.email, name: users.name })
      .get();
    tx.insert(passwordCredentials).values({ userId: user.id, hash: input.passwordHash }).run();
    tx.insert(profiles).values({ userId: user.id }).run();
    if (start) writeAccountStart(tx, user.id, start);
    return user;
  });
}

/** Only the sign-in check reads a hash, and it never leaves this call's caller. */
export async function findPasswordLogin(email: string) {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, hash: passwordCredentials.hash })
    .from(users)
    .innerJoin(passwordCredentials, eq(passwordCredentials.userId, users.id))
    .where(eq(users.email, email))
    .get();
}

const userById = prepared((db) =>
  db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, sql.placeholder("userId"))).prepare(),
);

export async function getUser(userId: string): Promise<PublicUser | undefined> {
  return userById().get({ userId });
}

export async function emailExists(email: string): Promise<boolean> {
  return Boolean(getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get());
}

/** Every table that holds a user's data cascades from `user`, so one delete removes it all. */
export async function deleteUser(userId: string): Promise<void> {
  getDb().delete(users).where(eq(users.id, userId)).run();
}
