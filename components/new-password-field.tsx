import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";
import { FormField } from "./form-field";

/** A field for choosing a password (sign-up, change, reset): the same bounds, hint and autofill everywhere. */
export function NewPasswordField({ name, label, hint, error }: { name: string; label: string; hint: string; error?: string }) {
  return (
    <FormField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      maxLength={PASSWORD_MAX_LENGTH}
      hint={hint}
      error={error}
    />
  );
}
