import { eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { prepared } from "../prepared";
import { profiles, users } from "../tables";
import { transaction } from "../transaction";
import { writeAssessment, type AssessmentChange } from "./assessment";

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
  const [row] = await profileByUser().execute({ userId });
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
export async function writeProfile(tx: Tx, userId: string, change: ProfileChange): Promise<void> {
  if (change.name !== undefined) await tx.update(users).set({ name: change.name }).where(eq(users.id, userId));
  const values = {
    ...(change.currentRole !== undefined && { currentRole: change.currentRole }),
    ...(change.targetRole !== undefined && { targetRole: change.targetRole }),
    ...(change.hoursPerWeek !== undefined && { hoursPerWeek: change.hoursPerWeek }),
    ...(change.locale !== undefined && { locale: change.locale }),
    ...(change.markOnboarded && { onboardedAt: new Date() }),
  };
  await tx
    .insert(profiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: profiles.userId, set: { ...values, updatedAt: new Date() } });
}

export async function updateProfile(userId: string, change: ProfileChange): Promise<Profile> {
  await transaction((tx) => writeProfile(tx, userId, change));
  return getProfile(userId);
}

/** Onboarding writes the profile and, when asked, a starting assessment: all of it or none. */
export async function updateProfileAndAssessment(userId: string, change: ProfileChange, assessment?: AssessmentChange): Promise<Profile> {
  await transaction(async (tx) => {
    await writeProfile(tx, userId, change);
    if (assessment) await writeAssessment(tx, userId, assessment);
  });
  return getProfile(userId);
}
