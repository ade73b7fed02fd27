import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getUser, type PublicUser } from "@/db/queries/users";
import { hasSessionCookie } from "./session-cookie";
import { auth } from "./config";

/**
 * The signed-in user, checked against the database once per request: a token that outlives its
 * account (deleted elsewhere) signs nobody in.
 */
export const currentUser = cache(async (): Promise<PublicUser | null> => {
  // Most requests are visitors: without a session cookie there is no one to find, and Auth.js
  // (its config, adapter and JWT decryption) costs milliseconds on every page for nothing.
  if (!hasSessionCookie((await cookies()).getAll())) return null;
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return (await getUser(id)) ?? null;
});

/** For pages and server actions: the user, or a redirect to sign in and back. */
export async function requireUser(returnTo?: string): Promise<PublicUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return user;
}

