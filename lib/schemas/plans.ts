import { z } from "zod";
import { ITEM_STATUSES } from "@/lib/plans/types";
import { isSkillSlug } from "@/lib/catalog";
import { hoursPerWeekSchema, isoDateSchema, levelSchema, skillSlugSchema } from "./common";

/** Plan ids are UUIDs; anything else is not one of ours and never reaches the database. */
export const planIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

/** Ids of comments and share links: the same rule, so a malformed one is "not found", never a query. */
export const rowIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

/** Path parameters of /me/plans/{id}/…: parsed, not cut to length. */
export const planParamsSchema = z.object({ id: planIdSchema });
export const planItemParamsSchema = planParamsSchema.extend({ skill: z.string().min(1).max(64) });
export const planCommentParamsSchema = planParamsSchema.extend({ commentId: rowIdSchema });
export const planShareLinkParamsSchema = planParamsSchema.extend({ linkId: rowIdSchema });

export const planTitleSchema = z.string().trim().min(1, "Give the plan a name.").max(120, "Use at most 120 characters.");

export const createPlanSchema = z.object({
  target: z.string().min(1).max(80),
  hoursPerWeek: hoursPerWeekSchema.optional(),
  startDate: isoDateSchema.optional(),
  title: planTitleSchema.optional(),
});

export const itemStatusSchema = z.object({ status: z.enum(ITEM_STATUSES, "status is one of todo, doing, done, skipped.") });
export const itemChangeSchema = z
  .object({
    status: z.enum(ITEM_STATUSES, "status is one of todo, doing, done, skipped.").optional(),
    position: z.int("position is a whole number.").min(0, "position is 0 or more.").max(10_000, "position is at most 10000.").optional(),
  })
  .refine((body) => body.status !== undefined || body.position !== undefined, "Send a status, a position or both.");
export const renamePlanSchema = z.object({ title: planTitleSchema });
export const planChangeSchema = z
  .object({ title: planTitleSchema.optional(), hoursPerWeek: hoursPerWeekSchema.optional(), targetDate: isoDateSchema.optional() })
  .refine((body) => body.title !== undefined || body.hoursPerWeek !== undefined || body.targetDate !== undefined, "Send a title, hoursPerWeek or targetDate.")
  .refine((body) => body.hoursPerWeek === undefined || body.targetDate === undefined, {
    message: "Send hoursPerWeek or targetDate, not both: a target date sets the pace it needs.",
    path: ["targetDate"],
  });

/* What the plan pages' server actions take (lib/server-actions/client.ts parses FormData into these). */

export const planRefSchema = z.object({ planId: planIdSchema });
export const itemStatusInputSchema = planRefSchema.extend({ skill: z.string().max(64), status: z.enum(ITEM_STATUSES) });
export const itemMoveInputSchema = planRefSchema.extend({ skill: z.string().max(64), position: z.int().min(0).max(10_000) });
export const levelInputSchema = planRefSchema.extend({ skill: skillSlugSchema, level: z.coerce.number().pipe(levelSchema) });
export const renameInputSchema = planRefSchema.extend({ title: planTitleSchema });

/** The pace forms: one sends `by=date` and a date to be ready by, the other hours per week. */
export const paceFormSchema = z.preprocess(
  (raw) => ({ by: "hours", ...(raw as object) }),
  z.discriminatedUnion("by", [
    planRefSchema.extend({ by: z.literal("date"), targetDate: isoDateSchema }),
    planRefSchema.extend({ by: z.literal("hours"), hoursPerWeek: z.coerce.number().pipe(hoursPerWeekSchema) }),
  ]),
);

export const createPlanFormSchema = z.object({
  target: z.string().min(1, "Choose a target role.").max(80),
  hoursPerWeek: z.coerce.number().pipe(hoursPerWeekSchema).optional(),
  title: z.union([z.literal(""), planTitleSchema]).optional(),
});

export const targetFormSchema = z.object({ target: z.string().min(1).max(80) });

/** Only our own pages to go back to: this is a redirect target taken from a form. */
export const returnToSchema = z.string().regex(/^\/(plans|gap)\/[A-Za-z0-9%:_-]{1,120}$/);

/** The unrated-skills form: `level:<skill>` fields; blanks, unknown skills and bad levels stay unrated. */
export const unratedLevels = z.record(z.string(), z.unknown()).transform((fields) => {
  const levels: Record<string, number> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!key.startsWith("level:") || value === "") continue;
    const skill = key.slice("level:".length);
    const level = levelSchema.safeParse(Number(value));
    if (isSkillSlug(skill) && level.success) levels[skill] = level.data;
  }
  return levels;
});
