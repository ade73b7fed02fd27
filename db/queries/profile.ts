import { eq, sql } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { prepared } from "../prepared";
import { writeAssessment, type AssessmentChange } from "./assessment";
import { profiles, users } from "../schema";

export interface Profile {
  currentRole: string | null;
  targetRole: string | null;
  hoursPerWeek: number;
  locale: string | null;
  onboarded: boolean;
}

const profileByUser = prepared((db) =>
  db
    .select({
      currentRole: profiles.currentRole,
      targetRole: profiles.targetRole,
      hoursPerWeek: profiles.hoursPerWeek,
      locale: profiles.locale,
      onboardedAt: profiles.onboardedAt,
    })
    .from(profiles)
    .where(eq(profiles.userId, sql.placeholder("userId")))
    .prepare(),
);

export async function getProfile(userId: string): Promise<Profile> {
  const row = profileByUser().get({ userId });
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

/** Name lives on the user row, the rest on the profile; both change in the caller's transaction. */
export function writeProfile(tx: Tx, userId: string, change: ProfileChange): void {
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
}

export async function updateProfile(userId: string, change: ProfileChange): Promise<Profile> {
  getDb().transaction((tx) => writeProfile(tx, userId, change));
  return getProfile(userId);
}

/** Onboarding writes the profile and, when asked, a starting assessment: all of it or none. */
export async function updateProfileAndAssessment(userId: string, change: ProfileChange, assessment?: AssessmentChange): Promise<Profile> {
  getDb().transaction((tx) => {
    writeProfile(tx, userId, change);
    if (assessment) writeAssessment(tx, userId, assessment);
  });
  return getProfile(userId);
}
