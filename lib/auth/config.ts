import "server-only";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { authAdapter } from "@/db/auth-adapter";
import { createSession, endSession, sessionUser } from "@/db/queries/sessions";
import { findPasswordLogin } from "@/db/queries/users";
import { getProfile } from "@/db/queries/profile";
import { nulPath } from "@/lib/http/nul";
import { clientKey, limits } from "@/lib/rate-limit";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { SESSION_LIFETIME_MS } from "./session-lifetime";
import { signInSchema } from "@/lib/schemas/account";
import { env } from "@/lib/env";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

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
  adapter: authAdapter(),
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
        // NUL cannot be in any stored email (PostgreSQL refuses it): no such account (lib/http/nul.ts).
        if (!parsed.success || nulPath(parsed.data)) return null;
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
    // The saved language follows the user to a new device: the prebuilt public pages are chosen
    // by the language cookie, not the database (docs/decisions/0011). A choice already made on
    // this device stays.
    async signIn({ user }) {
      if (!user.id) return;
      if ((await cookies()).get(LOCALE_COOKIE)) return;
      const saved = (await getProfile(user.id)).locale;
      if (isLocale(saved)) await setLocaleCookie(saved);
    },
    // Signing out ends the session on the server: the cookie's row goes, so a copy of it is refused.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") await endSession(sessionId);
    },
  },
  callbacks: {
    /**
     * At sign-in a session row is made and its id put in the token; whenever Auth.js itself reads
     * the cookie again (GET /api/auth/session), a token whose row has ended is dropped (null
     * clears the cookie) instead of being re-issued.
     */
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = await createSession(user.id, SESSION_LIFETIME_MS);
        return token;
      }
      const live = typeof token.sid === "string" && typeof token.sub === "string" && (await sessionUser(token.sid, token.sub));
      return live ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
