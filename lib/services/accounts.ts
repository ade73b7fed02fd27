import "server-only";
import { z } from "zod";
import type { AccountStart } from "@/db/queries/account-start";
import { forgetDeletedPages } from "@/db/maintenance";
import { countLiveSessions, endUserSessions } from "@/db/queries/sessions";
import { exportUserData } from "@/db/queries/export";
import { createUserWithPassword, deleteUser, EmailTakenError, type PublicUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { registrationSchema } from "@/lib/schemas/account";
import { parseWith } from "@/lib/http/body";
import { HttpError, tooManyRequests } from "@/lib/http/errors";
import { clientKey, limits } from "@/lib/rate-limit";

export type RegistrationInput = z.input<typeof registrationSchema>;

/**
 * Registration for the API and the sign-up form alike: limited per client, validated, one
 * transaction. `start` is the sign-up form's quick-check carry, validated by its caller.
 */
export async function register(input: unknown, headers: Headers, start?: AccountStart): Promise<PublicUser> {
  const verdict = await limits.registerPerClient.consume(clientKey(headers));
  if (!verdict.ok) throw tooManyRequests(verdict.retryAfter);
  const { email, password, name } = parseWith(registrationSchema, input);
  try {
    return await createUserWithPassword({ email, name, passwordHash: await hashPassword(password) }, start);
  } catch (error) {
    if (error instanceof EmailTakenError) throw new HttpError("conflict", error.message);
    throw error;
  }
}

/** Every browser the user is signed in on is signed out at its next request (docs/decisions/0008). */
export async function signOutEverywhere(userId: string): Promise<void> {
  await endUserSessions(userId);
}

export async function liveSessionCount(userId: string): Promise<number> {
  return countLiveSessions(userId);
}

/** Removes the user row; every table holding their data cascades from it. */
export async function deleteAccount(userId: string): Promise<void> {
  await deleteUser(userId);
  // secure_delete zeroes the rows in the database file, but the WAL still holds the pages as they
  // were until a checkpoint copies them back; TRUNCATE does that now and empties the WAL.
  await forgetDeletedPages();
}

/** Everything Waypoint keeps about the user, for the export download. */
export { exportUserData };
