"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { fieldErrors, type FormState } from "@/lib/forms/state";
import { HttpError } from "@/lib/http/errors";
import { localizeFormState } from "@/lib/i18n/form-errors";
import { requestPasswordReset, resetPassword } from "@/lib/services/passwords";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
};

function refused(error: unknown, values?: Record<string, string>): FormState {
  if (!(error instanceof HttpError)) throw error;
  if (error.code === "rate_limited") return { message: "Too many failed attempts. Wait a few minutes and try again.", values };
  if (error.code === "not_found") return { message: error.message, values };
  return { message: "Please fix the fields marked below.", fields: error.issues ? fieldErrors(error.issues) : undefined, values };
}

/** The same answer whether or not the address has an account. */
export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const email = text(form, "email").slice(0, 254);
  const locale = await getLocale();
  try {
    await requestPasswordReset({ email }, await headers(), locale);
  } catch (error) {
    return localizeFormState(refused(error, { email }), locale);
  }
  return localizeFormState(
    { ok: true, message: "If an account uses this address, a link to choose a new password is on its way. It works for 30 minutes." },
    locale,
  );
}

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  try {
    await resetPassword(text(form, "token"), { newPassword: text(form, "newPassword") }, await headers());
  } catch (error) {
    return localizeFormState(refused(error), await getLocale());
  }
  redirect("/signin?reset=done");
}
