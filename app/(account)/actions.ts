"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { signOut } from "@/lib/auth/config";
import { requireUser } from "@/lib/auth/session";
import { fieldErrors, type FormState } from "@/lib/forms/state";
import { formFields } from "@/lib/forms/profile";
import { HttpError } from "@/lib/http/errors";
import { localizeFormState } from "@/lib/i18n/form-errors";
import { deleteAccount } from "@/lib/services/accounts";
import { changeProfile, completeOnboarding } from "@/lib/services/profile";
import { onboardingFormSchema, settingsFormSchema } from "@/lib/schemas/account";

const PROFILE_FIELDS = ["name", "currentRole", "targetRole", "hoursPerWeek"] as const;

async function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[], values: Record<string, string | undefined>): Promise<FormState> {
  return localizeFormState(
    {
      message: "Please fix the fields marked below.",
      fields: fieldErrors(issues),
      values: Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined)),
    },
    await getLocale(),
  );
}

export async function onboardAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/onboarding");
  const values = formFields(form, [...PROFILE_FIELDS, "prefill"]);
  const parsed = onboardingFormSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues, values);
  try {
    await completeOnboarding(user.id, parsed.data);
  } catch (error) {
    if (error instanceof HttpError && error.issues) return invalid(error.issues, values);
    throw error;
  }
  redirect("/assessment");
}

export async function updateSettingsAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/settings");
  const values = formFields(form, PROFILE_FIELDS);
  const parsed = settingsFormSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues, values);
  try {
    await changeProfile(user.id, parsed.data);
  } catch (error) {
    if (error instanceof HttpError && error.issues) return invalid(error.issues, values);
    throw error;
  }
  return localizeFormState({ ok: true, message: "Your settings are saved." }, await getLocale());
}

export async function deleteAccountAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/settings");
  if (form.get("confirm") !== "DELETE") {
    return localizeFormState({ fields: { confirm: "Type DELETE in capital letters to confirm." } }, await getLocale());
  }
  await deleteAccount(user.id);
  // The JWT cookie would be refused anyway (its user is gone); clearing it signs the browser out too.
  await signOut({ redirectTo: "/" });
  return {};
}
