"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { NewPasswordField } from "@/components/new-password-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { FormMessage } from "../fields";
import { changePasswordAction } from "../security-actions";

export function PasswordForm() {
  const t = useTranslations("security");
  const say = useSaid();
  const tf = useTranslations("forms");
  const [state, action, pending] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={say(state.message)} ok={state.ok} />
      <FormField name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" required error={say(state.fields?.currentPassword)} />
      <NewPasswordField name="newPassword" label={t("newPassword")} hint={tf("passwordHint")} error={say(state.fields?.newPassword)} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? t("changing") : t("changePassword")}
      </button>
    </form>
  );
}
