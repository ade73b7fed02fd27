import { z } from "zod";
import { assessmentSchema } from "./assessment";
import { hoursPerWeekSchema, isoDateSchema, roleSlugSchema } from "./common";

/** Bodies of the signed-out analysis endpoints: /fit, /gap and /roadmap. */
export const gapRequestSchema = z.object({ assessment: assessmentSchema, target: roleSlugSchema });
export const fitRequestSchema = z.object({ assessment: assessmentSchema });
export const roadmapRequestSchema = z.object({
  assessment: assessmentSchema,
  target: roleSlugSchema,
  hoursPerWeek: hoursPerWeekSchema,
  startDate: isoDateSchema.optional(),
});
