import "server-only";
import { z } from "zod";
import { addOwnerReply, listPlanReplies, ReplyCapError, unreadComments, type ReplyRecord, type UnreadOnPlan } from "@/db/queries/feedback";
import { HttpError, notFound } from "@/lib/http/errors";

/** Several lines are fine in a reply; control characters other than line breaks and tabs are not. */
export type { UnreadOnPlan };

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

/**
 * The owner answers a mentor's comment on their own plan. Another user's plan, an unknown
 * comment and a comment of another plan all answer 404, alike.
 */
export async function replyToComment(userId: string, planId: string, commentId: string, input: z.output<typeof replySchema>): Promise<ReplyRecord> {
  if (!commentIdSchema.safeParse(commentId).success) throw notFound("No such comment.");
  try {
    const reply = addOwnerReply(userId, planId, commentId, input.body);
    if (!reply) throw notFound("No such comment.");
    return reply;
  } catch (error) {
    if (error instanceof ReplyCapError) throw new HttpError("conflict", error.message);
    throw error;
  }
}

/** Replies by comment id; the caller has resolved the plan through its owner or a live link. */
export function repliesByComment(planId: string): Map<string, ReplyRecord[]> {
  return listPlanReplies(planId);
}

/** Unread mentor comments per plan id of this user (absent = none). */
export function unreadFeedback(userId: string): Map<string, number> {
  return new Map(unreadComments(userId).map((row) => [row.planId, row.unread]));
}

/** The plans with unread mentor comments, with their titles, for the dashboard. */
export function plansWithUnreadFeedback(userId: string): UnreadOnPlan[] {
  return unreadComments(userId);
}

/** A reply as JSON. `author` is the owner's display name, the one the share page already shows. */
export function replyToJson(reply: ReplyRecord, authorName: string | null) {
  return { id: reply.id, commentId: reply.commentId, body: reply.body, author: authorName ?? "Someone", createdAt: reply.createdAt.toISOString() };
}
