import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/db/client";
import { findPasswordLogin } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { clientKey, limits } from "@/lib/rate-limit";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { signInSchema } from "./validation";
import { env } from "@/lib/env";

export class TooManySignIns extends CredentialsSignin {
  code = "rate_limited";
}

/** Both limits apply: one account cannot be guessed at, one client cannot spray many accounts. */
export function signInBlocked(email: string, headers: Headers) {
  const perAccount = limits.signInPerAccount.check(email);
  const perClient = limits.signInPerClient.check(clientKey(headers));
  return !perAccount.ok || !perClient.ok
    ? { retryAfter: Math.max(perAccount.retryAfter, perClient.retryAfter) }
    : null;
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
  // Credentials sign-in only works with JWT sessions.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
        if (signInBlocked(email, request.headers)) throw new TooManySignIns();
        const login = await findPasswordLogin(email);
        const valid = login ? await verifyPassword(password, login.hash) : await verifyAgainstDecoy(password);
        if (!login || !valid) {
          limits.signInPerAccount.hit(email);
          limits.signInPerClient.hit(clientKey(request.headers));
          return null;
        }
        limits.signInPerAccount.reset(email);
        return { id: login.id, name: login.name, email: login.email };
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
