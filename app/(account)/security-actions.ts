"use server";

import { getLocale } from "next-intl/server";
import { signOut } from "@/lib/auth/config";
import { currentSession, requireUser } from "@/lib/auth/session";
import { fieldErrors, type FormState } from "@/lib/forms/state";
import { HttpError } from "@/lib/http/errors";
import { localizeFormState } from "@/lib/i18n/form-errors";
import { signOutEverywhere } from "@/lib/services/accounts";
import { changePassword } from "@/lib/services/passwords";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
};

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser("/settings");
  const session = await currentSession();
  const locale = await getLocale();
  try {
    await changePassword(user.id, session?.sessionId ?? null, {
      currentPassword: text(form, "currentPassword"),
      newPassword: text(form, "newPassword"),
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.code === "forbidden") return localizeFormState({ fields: { currentPassword: error.message } }, locale);
    if (error.code === "rate_limited") return localizeFormState({ message: "Too many failed attempts. Wait a few minutes and try again." }, locale);
    return localizeFormState({ message: "Please fix the fields marked below.", fields: error.issues ? fieldErrors(error.issues) : undefined }, locale);
  }
  return localizeFormState({ ok: true, message: "Your password is changed. Your other sessions are signed out." }, locale);
}

/** Ends every session of the user, this browser's too, and goes to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser("/settings");
  await signOutEverywhere(user.id);
  await signOut({ redirectTo: "/signin" });
}
