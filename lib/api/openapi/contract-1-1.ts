import { z } from "zod";
import { hoursPerWeekSchema, isoDateSchema } from "@/lib/schemas/common";
import { emailSchema, passwordSchema } from "@/lib/schemas/account";
import { planTitleSchema } from "@/lib/schemas/plans";

/**
 * Request bodies of the contract's "Additions of version 1.1" whose endpoints are being built on
 * other branches. They are written from the contract, out of the same building blocks the
 * handlers use; when an endpoint lands with its own exported schema, the operation table
 * (operations.ts) should point at that schema and the copy here goes.
 */

export const planChangeRequest = z.object({
  title: planTitleSchema.optional(),
  hoursPerWeek: hoursPerWeekSchema.optional(),
  targetDate: isoDateSchema.optional().describe("Sets the pace it needs; a 400 when that is more than 80 h/week."),
});

export const itemChangeRequest = z.object({
  status: z.enum(["todo", "doing", "done", "skipped"]).optional(),
  position: z.int().min(0).optional().describe("The item's new place in the plan; one that breaks prerequisite order is a 400."),
});

export const replyRequest = z.object({ body: z.string().trim().min(1).max(2000) });

export const passwordChangeRequest = z.object({ currentPassword: z.string().min(1).max(128), newPassword: passwordSchema });

export const passwordResetRequest = z.object({ email: emailSchema });

export const passwordResetCompletion = z.object({ newPassword: passwordSchema });
