"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/forms/state";
import { HttpError } from "@/lib/http/errors";
import { isLocale } from "@/lib/i18n/locales";
import { publicAction, toFormState } from "@/lib/server-actions/client";
import { requestPasswordReset, resetPassword } from "@/lib/services/passwords";

// The forms hand text over; the services parse it with the account schemas.
const text = z.string().default("").transform((v) => v.slice(0, 1000));

/** Field problems are shown by their fields under "fix the fields below"; a dead link or a limit as said. */
function asForm(error: unknown): never {
  if (error instanceof HttpError && error.code === "bad_request" && !error.issues) throw error.because({ key: "fixFields" });
  throw error;
}

const requestReset = publicAction(z.object({ email: text }), async ({ email }) => {
  const locale = await getLocale();
  await requestPasswordReset({ email: email.slice(0, 254) }, await headers(), isLocale(locale) ? locale : "en").catch(asForm);
});

/** The same answer whether or not the address has an account. */
export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return toFormState(await requestReset(form), { email: String(form.get("email") ?? "").slice(0, 254) }, { code: "resetSent" });
}

const reset = publicAction(z.object({ token: text, newPassword: text }), async ({ token, newPassword }) => {
  await resetPassword(token, { newPassword }, await headers()).catch(asForm);
});

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await reset(form);
  if (!result.ok) return toFormState(result);
  redirect("/signin?reset=done");
}
