"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm() {
  const t = useTranslations("forms");
  const say = useSaid();
  const [state, action, pending] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormField
        name="confirm"
        label={t("confirmDelete")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={say(state.fields?.confirm)}
      />
      <button type="submit" className="btn btn-danger" disabled={pending}>
        {pending ? t("deleting") : t("deleteAccount")}
      </button>
    </form>
  );
}
