import { z } from "zod";
import { ITEM_STATUSES } from "@/lib/plans/types";
import { hoursPerWeekSchema, isoDateSchema } from "./common";

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
