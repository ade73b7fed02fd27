import { z } from "zod";
import { isSkillSlug } from "@/lib/catalog";
import { levelSchema } from "./common";

/** `{skillSlug: level}`; a skill left out counts as 0, an unknown slug is refused by name. */
export const assessmentSchema = z
  .record(z.string().max(64), levelSchema)
  .superRefine((assessment, ctx) => {
    for (const slug of Object.keys(assessment)) {
      if (!isSkillSlug(slug)) ctx.addIssue({ code: "custom", path: [slug], message: `Unknown skill "${slug}".` });
    }
  });

const notesSchema = z
  .record(z.string().max(64), z.string().max(500, "Notes are at most 500 characters."))
  .superRefine((notes, ctx) => {
    for (const slug of Object.keys(notes)) {
      if (!isSkillSlug(slug)) ctx.addIssue({ code: "custom", path: [slug], message: `Unknown skill "${slug}".` });
    }
  });

export const assessmentChangeSchema = z
  .object({ assessment: assessmentSchema.optional(), notes: notesSchema.optional() })
  .refine((body) => body.assessment !== undefined || body.notes !== undefined, "Send an assessment or notes.");
