import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/db/client";
import { createSession, endSession, sessionUser } from "@/db/queries/sessions";
import { findPasswordLogin } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { clientKey, limits } from "@/lib/rate-limit";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { SESSION_LIFETIME_MS } from "./session-lifetime";
import { signInSchema } from "@/lib/schemas/account";
import { env } from "@/lib/env";

export class TooManySignIns extends CredentialsSignin {
  code = "rate_limited";
}

/** The limits a sign-in attempt on `email` from this client counts against, with their keys. */
function signInLimits(email: string, headers: Headers) {
  const client = clientKey(headers);
  return [
    [limits.signInPerAccountClient, `${email}|${client}`],
    [limits.signInPerAccount, email],
    [limits.signInPerClient, client],
  ] as const;
}

/**
 * Whether the next attempt would be refused, without counting it: lets the sign-in route answer a
 * real 429 with Retry-After before Auth.js turns the refusal into a redirect.
 */
export async function signInBlocked(email: string, headers: Headers): Promise<{ retryAfter: number } | null> {
  const verdicts = await Promise.all(signInLimits(email, headers).map(([limit, key]) => limit.peek(key)));
  const refused = verdicts.filter((v) => !v.ok);
  return refused.length ? { retryAfter: Math.max(...refused.map((v) => v.retryAfter)) } : null;
}

/**
 * Counts the attempt on every limit before the password is hashed, so parallel guesses cannot all
 * be checked (ASVS 6.3.1); a correct password gives the account's attempts back.
 */
async function consumeSignIn(email: string, headers: Headers): Promise<{ ok: boolean; refund: () => Promise<void> }> {
  const entries = signInLimits(email, headers);
  const verdicts = await Promise.all(entries.map(([limit, key]) => limit.consume(key)));
  return {
    ok: verdicts.every((v) => v.ok),
    refund: async () => {
      await Promise.all(entries.map(([limit, key]) => limit.refund(key)));
    },
  };
}

function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  if (env().AUTH_GITHUB_ID) providers.push(GitHub);
  if (env().AUTH_GOOGLE_ID) providers.push(Google);
  return providers;
}

export const oauthProviderIds = (): string[] =>
  [env().AUTH_GITHUB_ID && "github", env().AUTH_GOOGLE_ID && "google"].filter(Boolean) as string[];

// A function config defers opening the database until the first request, never at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Credentials sign-in only works with JWT sessions; each JWT names a server-side session row
  // whose absolute end no refresh of the cookie can move (docs/decisions/0008).
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
  pages: { signIn: "/signin" },
  trustHost: true,
  logger: {
    // Auth.js logs a failed credentials check as an error with the request body's shape; keep
    // logs free of anything a user typed.
    error: (error) => {
      if (error.name !== "CredentialsSignin") console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn: () => {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const attempt = await consumeSignIn(email, request.headers);
        if (!attempt.ok) throw new TooManySignIns();
        const login = await findPasswordLogin(email);
        const valid = login ? await verifyPassword(password, login.hash) : await verifyAgainstDecoy(password);
        if (!login || !valid) return null;
        await attempt.refund();
        return { id: login.id, name: login.name, email: login.email };
      },
    }),
    ...oauthProviders(),
  ],
  events: {
    // Signing out ends the session on the server: the cookie's row goes, so a copy of it is refused.
    signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") endSession(sessionId);
    },
  },
  callbacks: {
    /**
     * At sign-in a session row is made and its id put in the token; whenever Auth.js itself reads
     * the cookie again (GET /api/auth/session), a token whose row has ended is dropped (null
     * clears the cookie) instead of being re-issued.
     */
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = createSession(user.id, SESSION_LIFETIME_MS);
        return token;
      }
      const live = typeof token.sid === "string" && typeof token.sub === "string" && sessionUser(token.sid, token.sub);
      return live ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
