import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { commentReplies, comments, plans } from "../schema";

/** The owner's answer under one mentor comment. */
export interface ReplyRecord {
  id: string;
  commentId: string;
  body: string;
  createdAt: Date;
}

/**
 * Enough for any real conversation under one comment; the cap keeps a script (or a stuck
 * button) from growing a shared page without bound.
 */
export const MAX_REPLIES_PER_COMMENT = 50;

export class ReplyCapError extends Error {
  constructor() {
    super(`A comment takes at most ${MAX_REPLIES_PER_COMMENT} replies.`);
  }
}

const replyColumns = {
  id: commentReplies.id,
  commentId: commentReplies.commentId,
  body: commentReplies.body,
  createdAt: commentReplies.createdAt,
};

/**
 * Writes the owner's reply under a comment of their own plan, and counts the comment as read
 * (answering it is reading it). `undefined` when the plan is not theirs or the comment is not on
 * it, so the caller answers exactly as for a plan that does not exist. One synchronous
 * transaction: the cap check and the insert cannot interleave with another reply.
 */
export function addOwnerReply(userId: string, planId: string, commentId: string, body: string, now = new Date()): ReplyRecord | undefined {
  return getDb().transaction((tx) => {
    const comment = tx
      .select({ id: comments.id, seenAt: comments.seenAt })
      .from(comments)
      .innerJoin(plans, eq(plans.id, comments.planId))
      .where(and(eq(plans.userId, userId), eq(plans.id, planId), eq(comments.id, commentId)))
      .get();
    if (!comment) return undefined;
    const existing = tx.select({ n: count() }).from(commentReplies).where(eq(commentReplies.commentId, commentId)).get();
    if ((existing?.n ?? 0) >= MAX_REPLIES_PER_COMMENT) throw new ReplyCapError();
    if (!comment.seenAt) tx.update(comments).set({ seenAt: now }).where(eq(comments.id, commentId)).run();
    return tx.insert(commentReplies).values({ commentId, planId, authorId: userId, body, createdAt: now }).returning(replyColumns).get();
  });
}

const repliesOfPlan = prepared((db) =>
  db
    .select(replyColumns)
    .from(commentReplies)
    .where(eq(commentReplies.planId, sql.placeholder("planId")))
    .orderBy(asc(commentReplies.createdAt))
    .prepare(),
);

/**
 * Every reply on a plan, grouped by comment, oldest first. No ownership check: the caller has
 * already resolved the plan through its owner or through an active share link.
 */
export function listPlanReplies(planId: string): Map<string, ReplyRecord[]> {
  const byComment = new Map<string, ReplyRecord[]>();
  for (const reply of repliesOfPlan().all({ planId })) {
    const list = byComment.get(reply.commentId);
    if (list) list.push(reply);
    else byComment.set(reply.commentId, [reply]);
  }
  return byComment;
}

const unreadByPlan = prepared((db) =>
  db
    .select({ planId: comments.planId, title: plans.title, unread: count() })
    .from(comments)
    .innerJoin(plans, eq(plans.id, comments.planId))
    .where(and(eq(plans.userId, sql.placeholder("userId")), isNull(comments.seenAt)))
    .groupBy(comments.planId)
    .orderBy(asc(plans.createdAt))
    .prepare(),
);

export interface UnreadOnPlan {
  planId: string;
  title: string;
  unread: number;
}

/**
 * Mentor comments the owner has not opened yet, per plan of theirs that has any, oldest plan
 * first. Opening the plan page marks them seen.
 */
export function unreadComments(userId: string): UnreadOnPlan[] {
  return unreadByPlan().all({ userId });
}
