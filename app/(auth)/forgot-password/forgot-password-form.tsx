"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { forgotPasswordAction } from "../password-actions";

export function ForgotPasswordForm() {
  const t = useTranslations("security");
  const say = useSaid();
  const tf = useTranslations("forms");
  const [state, action, pending] = useActionState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "rounded-md border border-good bg-good-soft px-3 py-2 text-good" : "form-error"}>
          {say(state.message)}
        </p>
      )}
      <FormField name="email" label={tf("email")} type="email" autoComplete="email" required defaultValue={state.values?.email} error={say(state.fields?.email)} />
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("sending") : t("sendLink")}
      </button>
    </form>
  );
}
