import { eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { profiles, users } from "../schema";

export interface Profile {
  currentRole: string | null;
  targetRole: string | null;
  hoursPerWeek: number;
  locale: string | null;
  onboarded: boolean;
}

export async function getProfile(userId: string): Promise<Profile> {
  const row = getDb().select().from(profiles).where(eq(profiles.userId, userId)).get();
  return {
    currentRole: row?.currentRole ?? null,
    targetRole: row?.targetRole ?? null,
    hoursPerWeek: row?.hoursPerWeek ?? 5,
    locale: row?.locale ?? null,
    onboarded: Boolean(row?.onboardedAt),
  };
}

export interface ProfileChange {
  name?: string;
  currentRole?: string | null;
  targetRole?: string | null;
  hoursPerWeek?: number;
  locale?: string | null;
  markOnboarded?: boolean;
}

/** Name lives on the user row, the rest on the profile; both change together or not at all. */
export async function updateProfile(userId: string, change: ProfileChange): Promise<Profile> {
  const db = getDb();
  db.transaction((tx) => {
    if (change.name !== undefined) tx.update(users).set({ name: change.name }).where(eq(users.id, userId)).run();
    const values = {
      ...(change.currentRole !== undefined && { currentRole: change.currentRole }),
      ...(change.targetRole !== undefined && { targetRole: change.targetRole }),
      ...(change.hoursPerWeek !== undefined && { hoursPerWeek: change.hoursPerWeek }),
      ...(change.locale !== undefined && { locale: change.locale }),
      ...(change.markOnboarded && { onboardedAt: new Date() }),
    };
    tx.insert(profiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: profiles.userId, set: { ...values, updatedAt: sql`(cast(unixepoch('subsec') * 1000 as integer))` } })
      .run();
  });
  return getProfile(userId);
}
