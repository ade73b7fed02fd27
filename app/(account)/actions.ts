"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/config";
import { formFields } from "@/lib/forms/profile";
import type { FormState } from "@/lib/forms/state";
import { onboardingFormSchema, settingsFormSchema } from "@/lib/schemas/account";
import { toFormState, userAction } from "@/lib/server-actions/client";
import { deleteAccount } from "@/lib/services/accounts";
import { changeProfile, completeOnboarding } from "@/lib/services/profile";

const PROFILE_FIELDS = ["name", "currentRole", "targetRole", "hoursPerWeek"] as const;

const onboard = userAction(onboardingFormSchema, (input, user) => completeOnboarding(user.id, input), { returnTo: "/onboarding" });

export async function onboardAction(_: FormState, form: FormData): Promise<FormState> {
  const values = formFields(form, [...PROFILE_FIELDS, "prefill"]);
  const result = await onboard(form);
  if (!result.ok) return toFormState(result, values);
  redirect("/assessment");
}

const saveSettings = userAction(settingsFormSchema, (input, user) => changeProfile(user.id, input), { returnTo: "/settings" });

export async function updateSettingsAction(_: FormState, form: FormData): Promise<FormState> {
  const values = formFields(form, PROFILE_FIELDS);
  return toFormState(await saveSettings(form), values, { code: "settingsSaved" });
}

const removeAccount = userAction(
  z.object({ confirm: z.literal("DELETE", "Type DELETE in capital letters to confirm.") }),
  (_input, user) => deleteAccount(user.id),
  { returnTo: "/settings" },
);

export async function deleteAccountAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await removeAccount(form);
  if (!result.ok) return { fields: toFormState(result).fields };
  // The JWT cookie would be refused anyway (its user is gone); clearing it signs the browser out too.
  await signOut({ redirectTo: "/" });
  return {};
}
