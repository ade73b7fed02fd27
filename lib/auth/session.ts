import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { PublicUser } from "@/db/queries/users";
import { liveSession, type CurrentSession } from "./live-session";

export type { CurrentSession, PublicUser };

/** The signed-in user and session, checked against the database once per request (./live-session.ts). */
export const currentSession = cache(async (): Promise<CurrentSession | null> => liveSession((await cookies()).getAll()));

/** The signed-in user, or null. */
export const currentUser = cache(async (): Promise<PublicUser | null> => (await currentSession())?.user ?? null);

/** For pages and server actions: the user, or a redirect to sign in and back. */
export async function requireUser(returnTo?: string): Promise<PublicUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : "/signin");
  return user;
}

