import { z } from "zod";
import { isRoleSlug } from "@/lib/catalog";
import { CUSTOM_PREFIX } from "@/lib/custom-roles/json";
import { hoursPerWeekSchema } from "./common";
import { isCommonPassword, normalizeForComparison, tooRepetitive } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

/** Unicode bidirectional formatting characters: embeddings, overrides, isolates and marks. */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."));

/**
 * Length is counted on the NFKC form the hash sees, so a password cannot pass on characters that
 * normalisation folds away; common and repetitive passwords are refused on that form too.
 */
export const passwordSchema = z
  .string()
  .refine((p) => normalizeForComparison(p).length >= PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine((p) => p.length <= PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((p) => !tooRepetitive(p), "Use more different characters.")
  .refine((p) => !isCommonPassword(p), "This password is too common; choose another.");

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.")
  .refine((n) => !/[\u0000-\u001f\u007f]/.test(n), "Remove control characters.")
  // Bidi controls (Trojan Source, CVE-2021-42574) would reorder how the name and text after it read.
  .refine((n) => !BIDI_CONTROLS.test(n), "Remove control characters.");

export const registrationSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: displayNameSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string("Enter your current password.").min(1, "Enter your current password.").max(1000),
  newPassword: passwordSchema,
});

export const resetRequestSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ newPassword: passwordSchema });

/** PATCH /me/profile. */
export const profileChangeSchema = z.object({
  name: displayNameSchema.optional(),
  currentRole: z
    .string()
    .max(64)
    .refine((r) => r === "other" || isRoleSlug(r), { error: (i) => `Unknown role "${String(i.input).slice(0, 64)}".` })
    .nullable()
    .optional(),
  targetRole: z
    .string()
    .max(80)
    .refine((r) => isRoleSlug(r) || r.startsWith(CUSTOM_PREFIX), { error: (i) => `Unknown role "${String(i.input).slice(0, 80)}".` })
    .nullable()
    .optional(),
  hoursPerWeek: hoursPerWeekSchema.optional(),
  locale: z.enum(["en", "ko"]).nullable().optional(),
});

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
