import { and, eq, inArray } from "drizzle-orm";
import { carriedRatings, carriedStatuses, SKILL_CARRIES, type ItemStatus } from "@/lib/catalog/skill-map";
import type { Tx } from "../client";
import { assessmentEntries, planItemStatuses } from "../tables";

/*
 * Applies the written skill map (lib/catalog/skill-map.ts) to stored data when a catalog version
 * is first served: ratings and plan item statuses of split or merged skills carry to the new
 * skills. It only ADDS rows where none exist (insert … on conflict do nothing), never changes or
 * deletes one, so it is safe to run again and a person's own later choice always wins. Runs inside
 * the caller's transaction.
 */

/** Old and new slugs: the new ones are read too, so an existing rating or status is never overwritten. */
const SLUGS = [...new Set(SKILL_CARRIES.flatMap((c) => [...c.from, c.to]))];

function groupBy<T extends { key: string; skill: string }, V>(rows: readonly T[], value: (row: T) => V): Map<string, Record<string, V>> {
  const grouped = new Map<string, Record<string, V>>();
  for (const row of rows) {
    const entry = grouped.get(row.key) ?? {};
    entry[row.skill] = value(row);
    grouped.set(row.key, entry);
  }
  return grouped;
}

/** Ratings of every user (or one user) carried forward; returns how many ratings were added. */
export async function carryRatingsForward(tx: Tx, userId?: string): Promise<number> {
  const where = inArray(assessmentEntries.skill, SLUGS);
  const rows = await tx
    .select({ key: assessmentEntries.userId, skill: assessmentEntries.skill, level: assessmentEntries.level })
    .from(assessmentEntries)
    .where(userId ? and(eq(assessmentEntries.userId, userId), where) : where);
  const added = [...groupBy(rows, (r) => r.level)].flatMap(([user, ratings]) =>
    Object.entries(carriedRatings(ratings)).map(([skill, level]) => ({ userId: user, skill, level })),
  );
  if (added.length === 0) return 0;
  const inserted = await tx.insert(assessmentEntries).values(added).onConflictDoNothing().returning({ skill: assessmentEntries.skill });
  return inserted.length;
}

/** Item statuses of every plan (or one plan) carried forward; returns how many were added. */
export async function carryStatusesForward(tx: Tx, planId?: string): Promise<number> {
  const where = inArray(planItemStatuses.skill, SLUGS);
  const rows = await tx
    .select({ key: planItemStatuses.planId, skill: planItemStatuses.skill, status: planItemStatuses.status })
    .from(planItemStatuses)
    .where(planId ? and(eq(planItemStatuses.planId, planId), where) : where);
  const added = [...groupBy(rows, (r) => r.status as ItemStatus)].flatMap(([plan, statuses]) =>
    Object.entries(carriedStatuses(statuses)).map(([skill, status]) => ({ planId: plan, skill, status })),
  );
  if (added.length === 0) return 0;
  const inserted = await tx.insert(planItemStatuses).values(added).onConflictDoNothing().returning({ skill: planItemStatuses.skill });
  return inserted.length;
}
