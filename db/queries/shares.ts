import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { comments, plans, shareLinks, users } from "../schema";
import { writeAssessment } from "./assessment";

export interface ShareLinkInfo {
  id: string;
  label: string | null;
  allowComments: boolean;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
  views: number;
}

/** What an owner may see of a link (never the token hash); the export reuses it. */
export const shareLinkColumns = {
  id: shareLinks.id,
  label: shareLinks.label,
  allowComments: shareLinks.allowComments,
  createdAt: shareLinks.createdAt,
  expiresAt: shareLinks.expiresAt,
  revokedAt: shareLinks.revokedAt,
  lastViewedAt: shareLinks.lastViewedAt,
  views: shareLinks.views,
};

function ownsPlan(userId: string, planId: string): boolean {
  return Boolean(
    getDb()
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.userId, userId), eq(plans.id, planId)))
      .get(),
  );
}

export async function createShareLink(
  userId: string,
  planId: string,
  link: { tokenHash: string; label: string | null; expiresAt: Date | null; allowComments: boolean },
): Promise<ShareLinkInfo | undefined> {
  if (!ownsPlan(userId, planId)) return undefined;
  return getDb().insert(shareLinks).values({ planId, ...link }).returning(shareLinkColumns).get();
}

export async function listShareLinks(userId: string, planId: string): Promise<ShareLinkInfo[] | undefined> {
  if (!ownsPlan(userId, planId)) return undefined;
  return getDb().select(shareLinkColumns).from(shareLinks).where(eq(shareLinks.planId, planId)).orderBy(asc(shareLinks.createdAt)).all();
}

export async function revokeShareLink(userId: string, planId: string, linkId: string): Promise<boolean> {
  if (!ownsPlan(userId, planId)) return false;
  const result = getDb()
    .update(shareLinks)
    .set({ revokedAt: new Date() })
    .where(and(eq(shareLinks.planId, planId), eq(shareLinks.id, linkId), isNull(shareLinks.revokedAt)))
    .run();
  if (result.changes > 0) return true;
  // Revoking an already revoked link of one's own plan is not an error.
  return Boolean(getDb().select({ id: shareLinks.id }).from(shareLinks).where(and(eq(shareLinks.planId, planId), eq(shareLinks.id, linkId))).get());
}

export interface ActiveShare {
  linkId: string;
  planId: string;
  ownerId: string;
  ownerName: string | null;
  allowComments: boolean;
}

const activeShareByHash = prepared((db) =>
  db
    .select({
      linkId: shareLinks.id,
      planId: shareLinks.planId,
      ownerId: plans.userId,
      ownerName: users.name,
      allowComments: shareLinks.allowComments,
    })
    .from(shareLinks)
    .innerJoin(plans, eq(plans.id, shareLinks.planId))
    .innerJoin(users, eq(users.id, plans.userId))
    .where(
      and(
        eq(shareLinks.tokenHash, sql.placeholder("tokenHash")),
        isNull(shareLinks.revokedAt),
        or(isNull(shareLinks.expiresAt), gt(shareLinks.expiresAt, sql.placeholder("now"))),
      ),
    )
    .prepare(),
);

/** A link that works now: not revoked, not expired. Unknown, revoked and expired look the same. */
export async function findActiveShare(tokenHash: string, now = new Date()): Promise<ActiveShare | undefined> {
  // Placeholders skip the column's Date encoding, so times go in as the stored epoch milliseconds.
  return activeShareByHash().get({ tokenHash, now: now.getTime() });
}

const countView = prepared((db) =>
  db
    .update(shareLinks)
    .set({ views: sql`${shareLinks.views} + 1`, lastViewedAt: sql`${sql.placeholder("now")}` })
    .where(eq(shareLinks.id, sql.placeholder("linkId")))
    .prepare(),
);

export async function recordShareView(linkId: string, now = new Date()): Promise<void> {
  countView().run({ linkId, now: now.getTime() });
}

export interface CommentRecord {
  id: string;
  author: string;
  body: string;
  skill: string | null;
  suggestedLevel: number | null;
  suggestionStatus: "pending" | "accepted" | "dismissed" | null;
  createdAt: Date;
  seenAt: Date | null;
}

const commentColumns = {
  id: comments.id,
  author: comments.author,
  body: comments.body,
  skill: comments.skill,
  suggestedLevel: comments.suggestedLevel,
  suggestionStatus: comments.suggestionStatus,
  createdAt: comments.createdAt,
  seenAt: comments.seenAt,
};

export async function addComment(
  share: Pick<ActiveShare, "linkId" | "planId">,
  comment: { author: string; body: string; skill: string | null; suggestedLevel: number | null },
): Promise<CommentRecord> {
  return getDb()
    .insert(comments)
    .values({
      planId: share.planId,
      shareLinkId: share.linkId,
      ...comment,
      suggestionStatus: comment.suggestedLevel === null ? null : "pending",
    })
    .returning(commentColumns)
    .get();
}

const commentsOfPlan = prepared((db) =>
  db.select(commentColumns).from(comments).where(eq(comments.planId, sql.placeholder("planId"))).orderBy(asc(comments.createdAt)).prepare(),
);

export async function listPlanComments(planId: string): Promise<CommentRecord[]> {
  return commentsOfPlan().all({ planId });
}

export async function listOwnPlanComments(userId: string, planId: string): Promise<CommentRecord[] | undefined> {
  if (!ownsPlan(userId, planId)) return undefined;
  return listPlanComments(planId);
}

export async function markCommentsSeen(userId: string, planId: string, now = new Date()): Promise<void> {
  if (!ownsPlan(userId, planId)) return;
  getDb()
    .update(comments)
    .set({ seenAt: now })
    .where(and(eq(comments.planId, planId), isNull(comments.seenAt)))
    .run();
}

export async function deleteComment(userId: string, planId: string, commentId: string): Promise<boolean> {
  if (!ownsPlan(userId, planId)) return false;
  return getDb().delete(comments).where(and(eq(comments.planId, planId), eq(comments.id, commentId))).run().changes > 0;
}

/**
 * Accepting a mentor's level writes it into the owner's assessment (with today's snapshot) and
 * marks the suggestion accepted, together.
 */
export async function resolveSuggestion(
  userId: string,
  planId: string,
  commentId: string,
  decision: "accepted" | "dismissed",
  now = new Date(),
): Promise<CommentRecord | undefined> {
  const db = getDb();
  return db.transaction((tx) => {
    const owned = tx.select({ id: plans.id }).from(plans).where(and(eq(plans.userId, userId), eq(plans.id, planId))).get();
    if (!owned) return undefined;
    const comment = tx.select(commentColumns).from(comments).where(and(eq(comments.planId, planId), eq(comments.id, commentId))).get();
    if (!comment || comment.suggestedLevel === null || !comment.skill) return undefined;
    if (decision === "accepted") {
      writeAssessment(tx, userId, { levels: { [comment.skill]: comment.suggestedLevel } }, now);
    }
    tx.update(comments).set({ suggestionStatus: decision, seenAt: comment.seenAt ?? now }).where(eq(comments.id, commentId)).run();
    return { ...comment, suggestionStatus: decision };
  });
}
