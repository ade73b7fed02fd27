"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localizeFormState } from "@/lib/i18n/form-errors";
import { signIn, signOut } from "@/lib/auth/config";
import { HttpError } from "@/lib/http/errors";
import { fieldErrors, safeReturnPath, type FormState } from "@/lib/forms/state";
import { parseCarryField } from "@/lib/public/quick-check-carry";
import { register } from "@/lib/services/accounts";

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  const email = text(form, "email").slice(0, 254);
  const returnTo = safeReturnPath(form.get("callbackUrl"));
  try {
    await signIn("credentials", { email, password: text(form, "password").slice(0, 200), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return localizeFormState(
        {
          message:
            code === "rate_limited"
              ? "Too many failed attempts. Wait a few minutes and try again."
              : "That email and password do not match an account.",
          values: { email },
        },
        await getLocale(),
      );
    }
    throw error;
  }
  redirect(returnTo);
}

export async function signUpAction(_: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, "email").slice(0, 254), name: text(form, "name").slice(0, 200) };
  // The quick check's answers, when sign-up came from there; refused whole if not exactly valid.
  const carry = parseCarryField(form.get("quickCheck"));
  if (!carry.ok) {
    return localizeFormState({ message: "Your quick-check ratings could not be read, so nothing was saved. Sign up without them, or take the quick check again.", values }, await getLocale());
  }
  try {
    await register({ ...values, password: text(form, "password").slice(0, 1000) }, await headers(), carry.value);
  } catch (error) {
    if (error instanceof HttpError) {
      return localizeFormState(
        {
          message: error.code === "bad_request" ? "Please fix the fields marked below." : error.message,
          fields: error.issues ? fieldErrors(error.issues) : undefined,
          values,
        },
        await getLocale(),
      );
    }
    throw error;
  }
  await signIn("credentials", { email: values.email.trim().toLowerCase(), password: text(form, "password"), redirect: false });
  redirect("/onboarding");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
