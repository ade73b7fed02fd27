import { z } from "zod";
import { isCommonPassword, normalizeForComparison, tooRepetitive } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-length";

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
