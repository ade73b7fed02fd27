import "server-only";
import type { z } from "zod";
import { getAssessment, getAssessmentHistory, saveAssessment, type SavedAssessment } from "@/db/queries/assessment";
import { assessmentChangeSchema } from "@/lib/schemas/assessment";

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
