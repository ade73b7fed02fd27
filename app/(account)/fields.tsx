import type { SelectHTMLAttributes } from "react";
import { FormField } from "@/components/form-field";

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly Option[];
  hint?: string;
  error?: string;
}

/** The select twin of FormField: label, hint and error announced with the control. */
export function SelectField({ name, label, options, hint, error, id = name, ...select }: SelectProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {/* React ignores a changed defaultValue on a mounted select, so a new default remounts it. */}
      <select key={String(select.defaultValue)} id={id} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint mt-1">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-bad">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return ok ? (
    <p role="status" className="rounded-md border border-good bg-good-soft px-3 py-2 text-good">
      {message}
    </p>
  ) : (
    <p role="alert" className="form-error">
      {message}
    </p>
  );
}

/** Hours a week for learning, as onboarding and settings both ask it: whole hours, 1 to 80. */
export function HoursPerWeekField({ label, hint, defaultValue, error }: { label: string; hint: string; defaultValue?: string | number; error?: string }) {
  return (
    <FormField
      name="hoursPerWeek"
      label={label}
      type="number"
      inputMode="numeric"
      min={1}
      max={80}
      step={1}
      required
      defaultValue={defaultValue}
      hint={hint}
      error={error}
    />
  );
}
