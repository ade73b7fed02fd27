import { z } from "zod";
import { BIDI_CONTROLS } from "./account";
import { levelSchema } from "./common";

const oneLine = (max: number, what: string) =>
  z
    .string(`${what} is text.`)
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} is at most ${max} characters.`)
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), `${what} has control characters.`)
    // Bidi controls would let a comment reorder how the text around it reads (Trojan Source).
    .refine((v) => !BIDI_CONTROLS.test(v), `${what} has control characters.`);

export const createShareLinkSchema = z.object({
  label: z.string().trim().max(80, "A label is at most 80 characters.").optional().transform((v) => v || null),
  expiresInDays: z.int("expiresInDays is a whole number of days.").min(1).max(365).nullable().optional(),
  allowComments: z.boolean().optional(),
});

export const commentSchema = z.object({
  author: oneLine(80, "Your name"),
  body: oneLine(2000, "The comment"),
  skill: z.string().max(64).optional(),
});

export const suggestionSchema = z.object({
  author: oneLine(80, "Your name"),
  skill: z.string().max(64),
  level: levelSchema,
  reason: oneLine(2000, "The reason"),
});

/** The owner's answer to a mentor's level suggestion; accepting writes the level into the assessment. */
export const suggestionDecisionSchema = z.object({ suggestion: z.enum(["accepted", "dismissed"], "suggestion is accepted or dismissed.") });

/** Several lines are fine in a reply; control characters other than line breaks and tabs are not. */
export const replySchema = z.object({
  body: z
    .string("The reply is text.")
    .trim()
    .min(1, "The reply is required.")
    .max(2000, "The reply is at most 2000 characters.")
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), "The reply has control characters."),
});

/** Ids are UUIDs; anything longer is not one of ours and is never sent to the database. */
export const commentIdSchema = z.string().min(1).max(64);
