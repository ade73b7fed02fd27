import "server-only";
import type { z } from "zod";
import { getAssessment, getAssessmentHistory, saveAssessment, type SavedAssessment } from "@/db/queries/assessment";
import { assessmentChangeSchema } from "@/lib/schemas/assessment";
import { today } from "./today";

export type AssessmentChangeInput = z.output<typeof assessmentChangeSchema>;

export async function changeAssessment(userId: string, change: AssessmentChangeInput): Promise<SavedAssessment> {
  // The history keeps one snapshot per day: the user's day, not the server's.
  return saveAssessment(userId, { levels: change.assessment, notes: change.notes, day: await today() });
}

export { getAssessment, getAssessmentHistory };

/** Levels from one of the shortcuts (plan page, gap page): only the given skills change. */
export async function rateSkills(userId: string, levels: Record<string, number>) {
  return saveAssessment(userId, { levels, day: await today() });
}

export function assessmentToJson(saved: SavedAssessment) {
  return { assessment: saved.assessment, notes: saved.notes, updatedAt: saved.updatedAt?.toISOString() ?? null };
}
