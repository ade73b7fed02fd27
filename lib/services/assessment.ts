import "server-only";
import { z } from "zod";
import { getAssessment, getAssessmentHistory, saveAssessment, type SavedAssessment } from "@/db/queries/assessment";
import { assessmentSchema } from "@/lib/api/schemas";
import { isSkillSlug } from "@/lib/catalog";

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

export type AssessmentChangeInput = z.output<typeof assessmentChangeSchema>;

export async function changeAssessment(userId: string, change: AssessmentChangeInput): Promise<SavedAssessment> {
  return saveAssessment(userId, { levels: change.assessment, notes: change.notes });
}

export { getAssessment, getAssessmentHistory };

/** Levels from one of the shortcuts (plan page, gap page): only the given skills change. */
export function rateSkills(userId: string, levels: Record<string, number>) {
  return saveAssessment(userId, { levels });
}

export function assessmentToJson(saved: SavedAssessment) {
  return { assessment: saved.assessment, notes: saved.notes, updatedAt: saved.updatedAt?.toISOString() ?? null };
}
