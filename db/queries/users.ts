import { eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";
import { prepared } from "../prepared";
import { passwordCredentials, profiles, users } from "../tables";
import { transaction } from "../transaction";
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
 * quick check's ratings, role and pace) is written in the same transaction. The email's unique
 * constraint decides a race: the insert that loses it (on PostgreSQL two transactions can both
 * pass the check above it) rolls back everything and becomes EmailTakenError, a 409.
 */
export async function createUserWithPassword(
  input: { email: string; name: string; passwordHash: string },
  start?: AccountStart,
): Promise<PublicUser> {
  try {
    return await transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      if (existing) throw new EmailTakenError();
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name })
        .returning({ id: users.id, email: users.email, name: users.name });
      await tx.insert(passwordCredentials).values({ userId: user!.id, hash: input.passwordHash });
      await tx.insert(profiles).values({ userId: user!.id });
      if (start) await writeAccountStart(tx, user!.id, start);
      return user!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
}

/** Only the sign-in check reads a hash, and it never leaves this call's caller. */
export async function findPasswordLogin(email: string) {
  const [login] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, hash: passwordCredentials.hash })
    .from(users)
    .innerJoin(passwordCredentials, eq(passwordCredentials.userId, users.id))
    .where(eq(users.email, email));
  return login;
}

const userById = prepared((db) =>
  db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, sql.placeholder("userId"))).prepare(),
);

export async function getUser(userId: string): Promise<PublicUser | undefined> {
  const [user] = await userById().execute({ userId });
  return user;
}

export async function emailExists(email: string): Promise<boolean> {
  const rows = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  return rows.length > 0;
}

/** Every table that holds a user's data cascades from `user`, so one delete removes it all. */
export async function deleteUser(userId: string): Promise<void> {
  await transaction((tx) => tx.delete(users).where(eq(users.id, userId)));
}
