"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/config";
import { safeReturnPath, type FormState } from "@/lib/forms/state";
import { HttpError } from "@/lib/http/errors";
import { parseCarryField } from "@/lib/public/quick-check-carry";
import { publicAction, toFormState } from "@/lib/server-actions/client";
import { register } from "@/lib/services/accounts";

// The forms hand text over; the account schemas (lib/schemas/account.ts) judge it in the services.
const text = (max: number) => z.string().default("").transform((v) => v.slice(0, max));

const signInForm = z.object({ email: text(254), password: text(200), callbackUrl: z.unknown().optional() });

const signInWith = publicAction(signInForm, async ({ email, password }) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code;
    throw new HttpError(code === "rate_limited" ? "rate_limited" : "unauthorized", "That email and password do not match an account.").because({
      key: code === "rate_limited" ? "rateLimited" : "signInMismatch",
    });
  }
});

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await signInWith(form);
  if (!result.ok) return toFormState(result, { email: String(form.get("email") ?? "").slice(0, 254) });
  redirect(safeReturnPath(form.get("callbackUrl")));
}

const signUpForm = z.object({ email: text(254), name: text(200), password: text(1000), quickCheck: z.unknown().optional() });

const signUpWith = publicAction(signUpForm, async ({ email, name, password, quickCheck }) => {
  // The quick check's answers, when sign-up came from there; refused whole if not exactly valid.
  const carry = parseCarryField(quickCheck ?? null);
  if (!carry.ok) throw new HttpError("bad_request", "Your quick-check ratings could not be read.").because({ key: "quickCheckUnreadable" });
  try {
    await register({ email, name, password }, await headers(), carry.value);
  } catch (error) {
    // Field problems are shown by their fields under "fix the fields below"; other refusals as said.
    if (error instanceof HttpError && error.code === "bad_request" && !error.issues) throw error.because({ key: "fixFields" });
    throw error;
  }
  await signIn("credentials", { email: email.trim().toLowerCase(), password, redirect: false });
});

export async function signUpAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await signUpWith(form);
  const values = { email: String(form.get("email") ?? "").slice(0, 254), name: String(form.get("name") ?? "").slice(0, 200) };
  if (!result.ok) return toFormState(result, values);
  redirect("/onboarding");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
