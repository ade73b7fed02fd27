import "server-only";
import type { z } from "zod";
import { addOwnerReply, listPlanReplies, ReplyCapError, unreadComments, type ReplyRecord, type UnreadOnPlan } from "@/db/queries/feedback";
import { HttpError, notFound } from "@/lib/http/errors";
import { commentIdSchema, type replySchema } from "@/lib/schemas/sharing";

export type { UnreadOnPlan };

/**
 * The owner answers a mentor's comment on their own plan. Another user's plan, an unknown
 * comment and a comment of another plan all answer 404, alike.
 */
export async function replyToComment(userId: string, planId: string, commentId: string, input: z.output<typeof replySchema>): Promise<ReplyRecord> {
  if (!commentIdSchema.safeParse(commentId).success) throw notFound("No such comment.");
  try {
    const reply = await addOwnerReply(userId, planId, commentId, input.body);
    if (!reply) throw notFound("No such comment.");
    return reply;
  } catch (error) {
    if (error instanceof ReplyCapError) throw new HttpError("conflict", error.message);
    throw error;
  }
}

/** Replies by comment id; the caller has resolved the plan through its owner or a live link. */
export async function repliesByComment(planId: string): Promise<Map<string, ReplyRecord[]>> {
  return listPlanReplies(planId);
}

/** Unread mentor comments per plan id of this user (absent = none). */
export async function unreadFeedback(userId: string): Promise<Map<string, number>> {
  return new Map((await unreadComments(userId)).map((row) => [row.planId, row.unread]));
}

/** The plans with unread mentor comments, with their titles, for the dashboard. */
export async function plansWithUnreadFeedback(userId: string): Promise<UnreadOnPlan[]> {
  return unreadComments(userId);
}

/** A reply as JSON. `author` is the owner's display name, the one the share page already shows. */
export function replyToJson(reply: ReplyRecord, authorName: string | null) {
  return { id: reply.id, commentId: reply.commentId, body: reply.body, author: authorName ?? "Someone", createdAt: reply.createdAt.toISOString() };
}
