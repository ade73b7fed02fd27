"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { initialFormState } from "@/lib/forms/state";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormField
        name="confirm"
        label="Type DELETE to confirm"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={state.fields?.confirm}
      />
      <button type="submit" className="btn btn-danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account and all my data"}
      </button>
    </form>
  );
}
