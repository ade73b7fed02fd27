"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { initialFormState } from "@/lib/forms/state";
import { updateSettingsAction } from "../actions";
import { FormMessage, SelectField, type Option } from "../fields";

interface Props {
  currentRoles: Option[];
  targetRoles: Option[];
  defaults: { name: string; currentRole: string; targetRole: string; hoursPerWeek: string };
}

export function SettingsForm({ currentRoles, targetRoles, defaults }: Props) {
  const [state, action, pending] = useActionState(updateSettingsAction, initialFormState);
  // A refused submit shows what was sent; a saved one shows the fresh server values.
  const values = { ...defaults, ...state.values };
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <FormField name="name" label="Your name" autoComplete="name" required maxLength={80} defaultValue={values.name} error={errors.name} />
      <SelectField
        name="currentRole"
        label="Your current role"
        options={[{ value: "", label: "Choose…" }, ...currentRoles]}
        defaultValue={values.currentRole}
        error={errors.currentRole}
      />
      <SelectField
        name="targetRole"
        label="The role you want next"
        options={[{ value: "", label: "Choose…" }, ...targetRoles]}
        defaultValue={values.targetRole}
        error={errors.targetRole}
      />
      <FormField
        name="hoursPerWeek"
        label="Hours per week for learning"
        type="number"
        inputMode="numeric"
        min={1}
        max={80}
        step={1}
        required
        defaultValue={values.hoursPerWeek}
        hint="1 to 80."
        error={errors.hoursPerWeek}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
