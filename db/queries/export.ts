import { eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import {
  assessmentEntries,
  assessmentSnapshots,
  commentReplies,
  comments,
  customRoles,
  planItemStatuses,
  plans,
  profiles,
  shareLinks,
  users,
} from "../schema";
import { shareLinkColumns } from "./shares";

/** Everything the user owns, as one document (GDPR-style portability). No hashes, no token hashes. */
export async function exportUserData(userId: string) {
  const db = getDb();
  return db.transaction((tx) => {
    const user = tx
      .select({ id: users.id, email: users.email, name: users.name, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    const planRows = tx.select().from(plans).where(eq(plans.userId, userId)).all();
    const planIds = planRows.map((p) => p.id);
    const some = planIds.length > 0;
    return {
      exportedAt: new Date().toISOString(),
      format: "waypoint-export/1",
      user,
      profile: tx.select().from(profiles).where(eq(profiles.userId, userId)).get() ?? null,
      assessment: tx
        .select({ skill: assessmentEntries.skill, level: assessmentEntries.level, note: assessmentEntries.note, updatedAt: assessmentEntries.updatedAt })
        .from(assessmentEntries)
        .where(eq(assessmentEntries.userId, userId))
        .all(),
      history: tx
        .select({ date: assessmentSnapshots.day, assessment: assessmentSnapshots.assessment })
        .from(assessmentSnapshots)
        .where(eq(assessmentSnapshots.userId, userId))
        .all(),
      customRoles: tx.select().from(customRoles).where(eq(customRoles.userId, userId)).all(),
      plans: planRows.map((plan) => ({ ...plan, userId: undefined })),
      planItemStatuses: some ? tx.select().from(planItemStatuses).where(inArray(planItemStatuses.planId, planIds)).all() : [],
      shareLinks: some
        ? tx
            .select({ ...shareLinkColumns, planId: shareLinks.planId })
            .from(shareLinks)
            .where(inArray(shareLinks.planId, planIds))
            .all()
        : [],
      comments: some ? tx.select().from(comments).where(inArray(comments.planId, planIds)).all() : [],
      commentReplies: some ? tx.select().from(commentReplies).where(inArray(commentReplies.planId, planIds)).all() : [],
    };
  });
}
