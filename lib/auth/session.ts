import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { getUser, type PublicUser } from "@/db/queries/users";
import { env } from "@/lib/env";
import { sessionCookieHeader } from "./session-cookie";

/**
 * The signed-in user, checked against the database once per request: a token that outlives its
 * account (deleted elsewhere) signs nobody in.
 */
export const currentUser = cache(async (): Promise<PublicUser | null> => {
  // Most requests are visitors: without a session cookie there is no one to find, and Auth.js
  // (its config, adapter and JWT decryption) costs milliseconds on every page for nothing.
  const { header, secure } = sessionCookieHeader((await cookies()).getAll());
  if (!header) return null;
  // Decrypting the cookie is all that `auth()` did for us here, at about a third of its cost: it
  // also re-encrypted a refreshed cookie, which a page or route handler calling it never sends.
  // Only the session cookies are passed, so no other header (Authorization) can sign anyone in.
  const token = await getToken({ req: { headers: { cookie: header } }, secret: sessionSecret(), secureCookie: secure });
  const id = typeof token?.sub === "string" ? token.sub : null;
  if (!id) return null;
  return (await getUser(id)) ?? null;
});

/** The secret Auth.js encrypts sessions with, found the way next-auth finds it. */
function sessionSecret(): string {
  const secret = env().AUTH_SECRET ?? env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: sessions cannot be read (see README, Environment).");
  return secret;
}

/** For pages and server actions: the user, or a redirect to sign in and back. */
export async function requireUser(returnTo?: string): Promise<PublicUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return user;
}

