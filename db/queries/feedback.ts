import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { lockOwnedPlan } from "../locks";
import { prepared } from "../prepared";
import { commentReplies, comments, plans } from "../tables";
import { transaction } from "../transaction";

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
 * it, so the caller answers exactly as for a plan that does not exist. One transaction, with the
 * plan's row locked (PostgreSQL; SQLite's transactions run one at a time): the cap check and the
 * insert cannot interleave with another reply.
 */
export async function addOwnerReply(
  userId: string,
  planId: string,
  commentId: string,
  body: string,
  now = new Date(),
): Promise<ReplyRecord | undefined> {
  return transaction(async (tx) => {
    if (!(await lockOwnedPlan(tx, userId, planId))) return undefined;
    const [comment] = await tx
      .select({ id: comments.id, seenAt: comments.seenAt })
      .from(comments)
      .where(and(eq(comments.planId, planId), eq(comments.id, commentId)));
    if (!comment) return undefined;
    const [existing] = await tx.select({ n: count() }).from(commentReplies).where(eq(commentReplies.commentId, commentId));
    if ((existing?.n ?? 0) >= MAX_REPLIES_PER_COMMENT) throw new ReplyCapError();
    if (!comment.seenAt) await tx.update(comments).set({ seenAt: now }).where(eq(comments.id, commentId));
    const [reply] = await tx.insert(commentReplies).values({ commentId, planId, authorId: userId, body, createdAt: now }).returning(replyColumns);
    return reply;
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
export async function listPlanReplies(planId: string): Promise<Map<string, ReplyRecord[]>> {
  const byComment = new Map<string, ReplyRecord[]>();
  for (const reply of await repliesOfPlan().execute({ planId })) {
    const list = byComment.get(reply.commentId);
    if (list) list.push(reply);
    else byComment.set(reply.commentId, [reply]);
  }
  return byComment;
}

const unreadByPlan = prepared((db) =>
  db
    .select({ planId: plans.id, title: plans.title, unread: count() })
    .from(comments)
    .innerJoin(plans, eq(plans.id, comments.planId))
    .where(and(eq(plans.userId, sql.placeholder("userId")), isNull(comments.seenAt)))
    // Grouped by the plan's key, so PostgreSQL accepts its title and creation time in the select.
    .groupBy(plans.id)
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
export async function unreadComments(userId: string): Promise<UnreadOnPlan[]> {
  return unreadByPlan().execute({ userId });
}
