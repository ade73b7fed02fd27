import { z } from "zod";
import { skillSlugSchema, weightSchema } from "./common";
import { EVIDENCE_MAX, POSTING_MAX_CHARS, ROLE_MAX_SKILLS, ROLE_NAME_MAX } from "@/lib/custom-roles/limits";

const textRequired = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${what} is required.` : `${what} must be a string.`;

/** What /job-postings/analyze accepts: the contract's 1..20000 characters, and not only spaces. */
export const analyzeRequestSchema = z.object({
  text: z
    .string({ error: textRequired("text") })
    .min(1, "Paste the text of a job posting.")
    .max(POSTING_MAX_CHARS, `A posting can be at most ${POSTING_MAX_CHARS.toLocaleString("en")} characters.`)
    .refine((t) => t.trim().length > 0, "Paste the text of a job posting."),
});

/** A role from a posting asks for a skill at level 1..4: level 0 would not be asking at all. */
const requiredLevelSchema = z.int("Levels are whole numbers 1..4.").min(1, "Levels go from 1 to 4.").max(4, "Levels go from 1 to 4.");

export const customRoleSkillSchema = z.object({
  skill: skillSlugSchema,
  level: requiredLevelSchema,
  weight: weightSchema,
  evidence: z
    .string()
    .trim()
    .max(EVIDENCE_MAX, `Evidence is at most ${EVIDENCE_MAX} characters.`)
    .nullish()
    .transform((e) => e || undefined),
});

export const customRoleInputSchema = z.object({
  name: z
    .string({ error: textRequired("name") })
    .trim()
    .min(1, "Give the role a name, for example “ML Engineer @ Acme”.")
    .max(ROLE_NAME_MAX, `Use at most ${ROLE_NAME_MAX} characters for the name.`)
    // Control and bidi formatting characters (Trojan Source) would reorder how the name reads.
    .refine((n) => !/[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(n), "Remove control characters."),
  skills: z
    .array(customRoleSkillSchema, "skills must be a list.")
    .min(1, "Keep at least one skill.")
    .max(ROLE_MAX_SKILLS, `A role can list at most ${ROLE_MAX_SKILLS} skills.`)
    .superRefine((skills, ctx) => {
      const seen = new Set<string>();
      skills.forEach((s, i) => {
        if (seen.has(s.skill)) ctx.addIssue({ code: "custom", path: [i, "skill"], message: `"${s.skill}" is listed twice.` });
        seen.add(s.skill);
      });
    }),
  postingText: z
    .string("postingText must be a string.")
    .max(POSTING_MAX_CHARS, `A posting can be at most ${POSTING_MAX_CHARS.toLocaleString("en")} characters.`)
    .nullish()
    .transform((t) => (t && t.trim() ? t : null)),
});

export type CustomRoleInput = z.output<typeof customRoleInputSchema>;

/** Ids are UUIDs; anything else cannot name a role, so it is a 404 before the database is asked. */
export const customRoleIdSchema = z.string().regex(/^[0-9a-f-]{36}$/i);

/** The role editor's save: a new role, or a replacement of the one with this id. */
export const saveRoleInputSchema = customRoleInputSchema.extend({ id: customRoleIdSchema.optional() });
