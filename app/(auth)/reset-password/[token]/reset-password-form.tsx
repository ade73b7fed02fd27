"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NewPasswordField } from "@/components/new-password-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { resetPasswordAction } from "../../password-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("security");
  const say = useSaid();
  const tf = useTranslations("forms");
  const [state, action, pending] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p role="alert" className="form-error">
          {say(state.message)}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="newPassword" label={t("newPassword")} hint={tf("passwordHint")} error={say(state.fields?.newPassword)} />
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("changing") : t("setPassword")}
      </button>
    </form>
  );
}
