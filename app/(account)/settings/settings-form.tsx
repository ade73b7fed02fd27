"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { updateSettingsAction } from "../actions";
import { FormMessage, HoursPerWeekField, SelectField, type Option } from "../fields";

interface Props {
  currentRoles: Option[];
  targetRoles: Option[];
  defaults: { name: string; currentRole: string; targetRole: string; hoursPerWeek: string };
}

export function SettingsForm({ currentRoles, targetRoles, defaults }: Props) {
  const t = useTranslations("forms");
  const say = useSaid();
  const [state, action, pending] = useActionState(updateSettingsAction, initialFormState);
  // A refused submit shows what was sent; a saved one shows the fresh server values.
  const values = { ...defaults, ...state.values };
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={say(state.message)} ok={state.ok} />
      <FormField name="name" label={t("name")} autoComplete="name" required maxLength={80} defaultValue={values.name} error={say(errors.name)} />
      <SelectField
        name="currentRole"
        label={t("currentRole")}
        options={[{ value: "", label: t("choose") }, ...currentRoles]}
        defaultValue={values.currentRole}
        error={say(errors.currentRole)}
      />
      <SelectField
        name="targetRole"
        label={t("targetRole")}
        options={[{ value: "", label: t("choose") }, ...targetRoles]}
        defaultValue={values.targetRole}
        error={say(errors.targetRole)}
      />
      <HoursPerWeekField label={t("hours")} hint={t("hoursHint")} defaultValue={values.hoursPerWeek} error={say(errors.hoursPerWeek)} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
