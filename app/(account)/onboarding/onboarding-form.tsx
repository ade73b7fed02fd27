"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { useSaid } from "@/lib/forms/said";
import { initialFormState } from "@/lib/forms/state";
import { onboardAction } from "../actions";
import { FormMessage, HoursPerWeekField, SelectField, type Option } from "../fields";

interface Props {
  currentRoles: Option[];
  targetRoles: Option[];
  defaults: { name: string; currentRole: string; targetRole: string; hoursPerWeek: string };
}

const choose = (label: string): Option => ({ value: "", label });

export function OnboardingForm({ currentRoles, targetRoles, defaults }: Props) {
  const t = useTranslations("forms");
  const say = useSaid();
  const [state, action, pending] = useActionState(onboardAction, initialFormState);
  // After a refused submit React resets the form, so the fields start from what was sent.
  const values = { ...defaults, ...state.values };
  const errors = state.fields ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={say(state.message)} />
      <FormField name="name" label={t("name")} autoComplete="name" required maxLength={80} defaultValue={values.name} error={say(errors.name)} />
      <SelectField
        name="currentRole"
        label={t("currentRole")}
        required
        options={[choose(t("choose")), ...currentRoles]}
        defaultValue={values.currentRole}
        error={say(errors.currentRole)}
      />
      <SelectField
        name="targetRole"
        label={t("targetRole")}
        required
        options={[choose(t("choose")), ...targetRoles]}
        defaultValue={values.targetRole}
        error={say(errors.targetRole)}
      />
      <HoursPerWeekField label={t("hours")} hint={t("hoursHintOnboarding")} defaultValue={values.hoursPerWeek} error={say(errors.hoursPerWeek)} />
      <div>
        <div className="flex items-start gap-3">
          <input
            id="prefill"
            name="prefill"
            type="checkbox"
            className="mt-1 size-5"
            defaultChecked={state.values ? state.values.prefill === "on" : false}
            aria-describedby={["prefill-hint", errors.prefill && "prefill-error"].filter(Boolean).join(" ")}
          />
          <label htmlFor="prefill" className="font-medium">
            {t("prefill")}
          </label>
        </div>
        <p id="prefill-hint" className="hint mt-1 ml-8">
          {t("prefillHint")}
        </p>
        {errors.prefill && (
          <p id="prefill-error" className="mt-1 ml-8 text-sm font-medium text-bad">
            {say(errors.prefill)}
          </p>
        )}
      </div>
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("saving") : t("continue")}
      </button>
    </form>
  );
}
