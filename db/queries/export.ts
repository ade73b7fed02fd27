import { asc, eq, inArray } from "drizzle-orm";
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
} from "../tables";
import { transaction } from "../transaction";
import { shareLinkColumns } from "./shares";

/** Everything the user owns, as one document (GDPR-style portability). No hashes, no token hashes. */
export async function exportUserData(userId: string) {
  // One transaction, so the document is one consistent moment even while the user keeps editing.
  return transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId));
    const planRows = await tx.select().from(plans).where(eq(plans.userId, userId)).orderBy(asc(plans.createdAt));
    const planIds = planRows.map((p) => p.id);
    const some = planIds.length > 0;
    return {
      exportedAt: new Date().toISOString(),
      format: "waypoint-export/1",
      user,
      profile: (await tx.select().from(profiles).where(eq(profiles.userId, userId)))[0] ?? null,
      assessment: await tx
        .select({ skill: assessmentEntries.skill, level: assessmentEntries.level, note: assessmentEntries.note, updatedAt: assessmentEntries.updatedAt })
        .from(assessmentEntries)
        .where(eq(assessmentEntries.userId, userId))
        .orderBy(asc(assessmentEntries.skill)),
      history: await tx
        .select({ date: assessmentSnapshots.day, assessment: assessmentSnapshots.assessment })
        .from(assessmentSnapshots)
        .where(eq(assessmentSnapshots.userId, userId))
        .orderBy(asc(assessmentSnapshots.day)),
      customRoles: await tx.select().from(customRoles).where(eq(customRoles.userId, userId)).orderBy(asc(customRoles.createdAt)),
      plans: planRows.map((plan) => ({ ...plan, userId: undefined })),
      planItemStatuses: some ? await tx.select().from(planItemStatuses).where(inArray(planItemStatuses.planId, planIds)) : [],
      shareLinks: some
        ? await tx
            .select({ ...shareLinkColumns, planId: shareLinks.planId })
            .from(shareLinks)
            .where(inArray(shareLinks.planId, planIds))
            .orderBy(asc(shareLinks.createdAt))
        : [],
      comments: some ? await tx.select().from(comments).where(inArray(comments.planId, planIds)).orderBy(asc(comments.createdAt)) : [],
      commentReplies: some
        ? await tx.select().from(commentReplies).where(inArray(commentReplies.planId, planIds)).orderBy(asc(commentReplies.createdAt))
        : [],
    };
  });
}
