"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { initialFormState } from "@/lib/forms/state";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
      <FormField name="name" label="Your name" autoComplete="name" required maxLength={80} defaultValue={state.values?.name} error={state.fields?.name} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fields?.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="8 to 128 characters. A long phrase is easiest to remember."
        error={state.fields?.password}
      />
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
