import "server-only";
import { getToken } from "next-auth/jwt";
import { sessionUser } from "@/db/queries/sessions";
import type { PublicUser } from "@/db/queries/users";
import { env } from "@/lib/env";
import { sessionCookieHeader } from "./session-cookie";
import { createClaimsCache } from "./token-cache";

/** Decrypted session cookies, per process (./token-cache.ts says why and what is kept). */
const sessionClaims = createClaimsCache();

export interface CurrentSession {
  user: PublicUser;
  /** The server-side session row the cookie names (docs/decisions/0008). */
  sessionId: string;
}

/**
 * The user and session these request cookies sign in, checked against the database: a token whose
 * session has ended (signed out, password changed, past its absolute lifetime) or whose account is
 * gone signs nobody in. Pages reach it once per request through ./session.ts; the proxy, which has
 * no Next request scope, calls it for the dashboard it keeps (lib/http/dashboard-document.ts, 0017).
 */
export async function liveSession(cookies: readonly { name: string; value: string }[]): Promise<CurrentSession | null> {
  // Most requests are visitors: without a session cookie there is no one to find, and Auth.js
  // (its config, adapter and JWT decryption) costs milliseconds on every page for nothing.
  const { header, secure } = sessionCookieHeader(cookies);
  if (!header) return null;
  // Decrypting the cookie is all that `auth()` did for us here, at about a third of its cost: it
  // also re-encrypted a refreshed cookie, which a page or route handler calling it never sends.
  // Only the session cookies are passed, so no other header (Authorization) can sign anyone in.
  const token = await sessionClaims.read(`${secure ? "secure" : "plain"}\n${header}`, () =>
    getToken({ req: { headers: { cookie: header } }, secret: sessionSecret(), secureCookie: secure }),
  );
  const userId = typeof token?.sub === "string" ? token.sub : null;
  const sessionId = typeof token?.sid === "string" ? token.sid : null;
  if (!userId || !sessionId) return null;
  const user = await sessionUser(sessionId, userId);
  return user ? { user, sessionId } : null;
}

/** The secret Auth.js encrypts sessions with, found the way next-auth finds it. */
function sessionSecret(): string {
  const secret = env().AUTH_SECRET ?? env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: sessions cannot be read (see README, Environment).");
  return secret;
}
