import { and, asc, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "../client";
import { lockOwnedPlan } from "../locks";
import { prepared } from "../prepared";
import { comments, plans, shareLinks, users } from "../tables";
import { timeParam } from "../time";
import { transaction } from "../transaction";
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

/**
 * The plan's id when it is the user's, as a subquery: writes put it in their own WHERE, so the
 * ownership check and the write are one statement and nothing can change between them.
 */
function ownedPlan(db: Db | Tx, userId: string, planId: string) {
  return db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.userId, userId), eq(plans.id, planId)));
}

async function ownsPlan(userId: string, planId: string): Promise<boolean> {
  return (await ownedPlan(getDb(), userId, planId)).length > 0;
}

/**
 * Inserts under a lock on the owned plan (db/locks.ts), in one transaction: a plan deleted at the
 * same moment either takes the new link with it or was gone before, never a foreign-key error.
 */
export async function createShareLink(
  userId: string,
  planId: string,
  link: { tokenHash: string; label: string | null; expiresAt: Date | null; allowComments: boolean },
): Promise<ShareLinkInfo | undefined> {
  return transaction(async (tx) => {
    if (!(await lockOwnedPlan(tx, userId, planId))) return undefined;
    const [created] = await tx
      .insert(shareLinks)
      .values({ planId, ...link })
      .returning(shareLinkColumns);
    return created;
  });
}

export async function listShareLinks(userId: string, planId: string): Promise<ShareLinkInfo[] | undefined> {
  if (!(await ownsPlan(userId, planId))) return undefined;
  return getDb().select(shareLinkColumns).from(shareLinks).where(eq(shareLinks.planId, planId)).orderBy(asc(shareLinks.createdAt));
}

export async function revokeShareLink(userId: string, planId: string, linkId: string): Promise<boolean> {
  return transaction(async (tx) => {
    const mine = and(inArray(shareLinks.planId, ownedPlan(tx, userId, planId)), eq(shareLinks.id, linkId));
    const revoked = await tx
      .update(shareLinks)
      .set({ revokedAt: new Date() })
      .where(and(mine, isNull(shareLinks.revokedAt)))
      .returning({ id: shareLinks.id });
    if (revoked.length > 0) return true;
    // Revoking an already revoked link of one's own plan is not an error.
    return (await tx.select({ id: shareLinks.id }).from(shareLinks).where(mine)).length > 0;
  });
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
  // Placeholders skip the column's Date encoding, so times go in as the driver stores them (db/time.ts).
  const [share] = await activeShareByHash().execute({ tokenHash, now: timeParam(now) });
  return share;
}

export async function recordShareView(linkId: string, now = new Date()): Promise<void> {
  // One statement: the count goes up in the database, so concurrent views are all counted.
  await transaction((tx) =>
    tx
      .update(shareLinks)
      .set({ views: sql`${shareLinks.views} + 1`, lastViewedAt: now })
      .where(eq(shareLinks.id, linkId)),
  );
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
  const [created] = await transaction((tx) =>
    tx
      .insert(comments)
      .values({
        planId: share.planId,
        shareLinkId: share.linkId,
        ...comment,
        suggestionStatus: comment.suggestedLevel === null ? null : "pending",
      })
      .returning(commentColumns),
  );
  return created!;
}

const commentsOfPlan = prepared((db) =>
  db.select(commentColumns).from(comments).where(eq(comments.planId, sql.placeholder("planId"))).orderBy(asc(comments.createdAt)).prepare(),
);

export async function listPlanComments(planId: string): Promise<CommentRecord[]> {
  return commentsOfPlan().execute({ planId });
}

export async function listOwnPlanComments(userId: string, planId: string): Promise<CommentRecord[] | undefined> {
  if (!(await ownsPlan(userId, planId))) return undefined;
  return listPlanComments(planId);
}

export async function markCommentsSeen(userId: string, planId: string, now = new Date()): Promise<void> {
  await transaction((tx) =>
    tx
      .update(comments)
      .set({ seenAt: now })
      .where(and(inArray(comments.planId, ownedPlan(tx, userId, planId)), isNull(comments.seenAt))),
  );
}

export async function deleteComment(userId: string, planId: string, commentId: string): Promise<boolean> {
  const deleted = await transaction((tx) =>
    tx
      .delete(comments)
      .where(and(inArray(comments.planId, ownedPlan(tx, userId, planId)), eq(comments.id, commentId)))
      .returning({ id: comments.id }),
  );
  return deleted.length > 0;
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
  return transaction(async (tx) => {
    if (!(await lockOwnedPlan(tx, userId, planId))) return undefined;
    const [comment] = await tx.select(commentColumns).from(comments).where(and(eq(comments.planId, planId), eq(comments.id, commentId)));
    if (!comment || comment.suggestedLevel === null || !comment.skill) return undefined;
    if (decision === "accepted") {
      await writeAssessment(tx, userId, { levels: { [comment.skill]: comment.suggestedLevel } }, now);
    }
    await tx.update(comments).set({ suggestionStatus: decision, seenAt: comment.seenAt ?? now }).where(eq(comments.id, commentId));
    return { ...comment, suggestionStatus: decision };
  });
}
