"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { NewPasswordField } from "@/components/new-password-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { signUpAction } from "../actions";

/** `quickCheck`: the quick check's answers to save into the new account, as a hidden field. */
export function SignUpForm({ quickCheck }: { quickCheck?: string } = {}) {
  const t = useTranslations("forms");
  const say = useSaid();
  const [state, action, pending] = useActionState(signUpAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {quickCheck && <input type="hidden" name="quickCheck" value={quickCheck} />}
      {state.message && (
        <p role="alert" className="form-error">
          {say(state.message)}
        </p>
      )}
      <FormField name="name" label={t("name")} autoComplete="name" required maxLength={80} defaultValue={state.values?.name} error={say(state.fields?.name)} />
      <FormField name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={state.values?.email} error={say(state.fields?.email)} />
      <NewPasswordField name="password" label={t("password")} hint={t("passwordHint")} error={say(state.fields?.password)} />
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("creatingAccount") : t("createAccount")}
      </button>
    </form>
  );
}
