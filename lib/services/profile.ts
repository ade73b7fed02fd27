import "server-only";
import type { z } from "zod";
import { getCustomRole } from "@/db/queries/custom-roles";
import { getProfile, updateProfile, updateProfileAndAssessment, type Profile } from "@/db/queries/profile";
import { getRole } from "@/lib/catalog";
import type { profileChangeSchema } from "@/lib/schemas/account";
import { CUSTOM_PREFIX } from "@/lib/custom-roles/json";
import { HttpError } from "@/lib/http/errors";

export { CUSTOM_PREFIX };
export type { Profile };

/** The user's profile (defaults when none was saved yet). */
export { getProfile };

/** The language a signed-in user chose, kept so it follows them to a new device. */
export function saveLocale(userId: string, locale: "en" | "ko") {
  return updateProfile(userId, { locale });
}

export type ProfileChangeInput = z.output<typeof profileChangeSchema>;

/** A custom target must be one of the user's own roles; anyone else's is as unknown as a typo. */
export async function changeProfile(userId: string, change: ProfileChangeInput, options: { markOnboarded?: boolean } = {}): Promise<Profile> {
  const target = change.targetRole;
  if (target?.startsWith(CUSTOM_PREFIX) && !(await getCustomRole(userId, target.slice(CUSTOM_PREFIX.length)))) {
    throw new HttpError("bad_request", `Unknown role "${target.slice(0, 80)}".`, [{ path: ["targetRole"], message: "Unknown role." }]);
  }
  return updateProfile(userId, { ...change, markOnboarded: options.markOnboarded });
}

export function profileToJson(profile: Profile) {
  return {
    currentRole: profile.currentRole,
    targetRole: profile.targetRole,
    hoursPerWeek: profile.hoursPerWeek,
    locale: profile.locale,
    onboarded: profile.onboarded,
  };
}

export interface OnboardingInput {
  name: string;
  currentRole: string;
  targetRole: string;
  hoursPerWeek: number;
  /** Start the assessment from the current role's typical levels. */
  prefill: boolean;
}

/**
 * The profile and the optional starting assessment are written in one transaction, so a person
 * is never marked onboarded with half a setup.
 */
export async function completeOnboarding(userId: string, input: OnboardingInput): Promise<Profile> {
  const role = input.prefill ? getRole(input.currentRole) : undefined;
  if (input.prefill && !role) {
    throw new HttpError("bad_request", "Only one of the eight roles can pre-fill your skills.", [
      { path: ["prefill"], message: "Pick one of the eight roles as your current role, or untick this box." },
    ]);
  }
  const change = {
    name: input.name,
    currentRole: input.currentRole,
    targetRole: input.targetRole,
    hoursPerWeek: input.hoursPerWeek,
    markOnboarded: true,
  };
  const assessment = role
    ? { levels: Object.fromEntries(role.skills.map((rs) => [rs.skill, rs.level])), replaceLevels: true }
    : undefined;
  return updateProfileAndAssessment(userId, change, assessment);
}
