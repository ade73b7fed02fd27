import { z } from "zod";
import { displayNameSchema } from "@/lib/auth/validation";
import { isRoleSlug } from "@/lib/catalog";

/** Form fields arrive as strings; these turn them into the service's types with messages a person can act on. */
const hoursField = z.coerce
  .number({ error: "Enter a number of hours." })
  .int("Use a whole number of hours.")
  .min(1, "Plan at least 1 hour a week.")
  .max(80, "80 hours a week is the most we plan for.");

const currentRoleField = z
  .string({ error: "Choose your current role." })
  .refine((r) => r === "other" || isRoleSlug(r), "Choose your current role from the list.");

const catalogTargetField = z.string({ error: "Choose a target role." }).refine(isRoleSlug, "Choose a target role from the list.");

export const onboardingFormSchema = z.object({
  name: displayNameSchema,
  currentRole: currentRoleField,
  targetRole: catalogTargetField,
  hoursPerWeek: hoursField,
  prefill: z.literal("on").optional().transform(Boolean),
});

/** In settings a role may stay unset: the empty choice means "not set". */
const optional = <T extends z.ZodType>(field: T) => z.preprocess((v) => (v === "" ? null : v), field.nullable());

export const settingsFormSchema = z.object({
  name: displayNameSchema,
  currentRole: optional(currentRoleField),
  // A custom role's ownership is checked by the service, which can see the database.
  targetRole: optional(
    z.string({ error: "Choose a target role." }).refine((r) => isRoleSlug(r) || /^custom:[\w-]{1,64}$/.test(r), "Choose a target role from the list."),
  ),
  hoursPerWeek: hoursField,
});

/** FormData to a plain object of its string fields; files and repeated names are ignored. */
export function formFields(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = form.get(name);
    fields[name] = typeof value === "string" ? value.slice(0, 500) : undefined;
  }
  return fields;
}
