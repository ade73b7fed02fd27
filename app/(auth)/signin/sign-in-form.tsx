"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("forms");
  const say = useSaid();
  const [state, action, pending] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p role="alert" className="form-error">
          {say(state.message)}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={state.values?.email} />
      <FormField name="password" label={t("password")} type="password" autoComplete="current-password" required />
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
