import { and, asc, count, eq, sql } from "drizzle-orm";
import type { ItemStatus, PlanChange, PlanRoadmap } from "@/lib/plans/types";
import type { CatalogSnapshot } from "@/lib/catalog/snapshot";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { catalogVersions, planItemStatuses, plans } from "../tables";
import { transaction } from "../transaction";

export interface PlanRecord {
  id: string;
  title: string;
  target: string;
  targetName: string;
  hoursPerWeek: number;
  startDate: string;
  catalogVersion: string;
  roadmap: PlanRoadmap;
  assessmentStamp: string;
  createdAt: Date;
  updatedAt: Date;
  statuses: Record<string, ItemStatus>;
  /** The person's order of items, or null for the engine's. */
  itemOrder: string[] | null;
  changeLog: PlanChange[];
}

const planColumns = {
  id: plans.id,
  title: plans.title,
  target: plans.target,
  targetName: plans.targetName,
  hoursPerWeek: plans.hoursPerWeek,
  startDate: plans.startDate,
  catalogVersion: plans.catalogVersion,
  roadmap: plans.roadmap,
  assessmentStamp: plans.assessmentStamp,
  createdAt: plans.createdAt,
  updatedAt: plans.updatedAt,
  itemOrder: plans.itemOrder,
  changeLog: plans.changeLog,
};

type PlanRow = Omit<PlanRecord, "statuses" | "roadmap" | "changeLog"> & { roadmap: unknown; changeLog: unknown[] | null };

type StatusRow = { planId: string; skill: string; status: ItemStatus };
const statusColumns = { planId: planItemStatuses.planId, skill: planItemStatuses.skill, status: planItemStatuses.status };

const statusesOfPlan = prepared((db) =>
  db.select(statusColumns).from(planItemStatuses).where(eq(planItemStatuses.planId, sql.placeholder("planId"))).prepare(),
);
const statusesOfOwner = prepared((db) =>
  db
    .select(statusColumns)
    .from(planItemStatuses)
    .innerJoin(plans, eq(plans.id, planItemStatuses.planId))
    .where(eq(plans.userId, sql.placeholder("userId")))
    .prepare(),
);

function withStatuses<R extends PlanRow>(rows: R[], statusRows: StatusRow[]): (R & PlanRecord)[] {
  const byPlan = new Map<string, Record<string, ItemStatus>>(rows.map((row) => [row.id, {}]));
  for (const row of statusRows) {
    const statuses = byPlan.get(row.planId);
    if (statuses) statuses[row.skill] = row.status;
  }
  return rows.map((row) => ({
    ...row,
    roadmap: row.roadmap as PlanRoadmap,
    statuses: byPlan.get(row.id)!,
    changeLog: (row.changeLog ?? []) as PlanChange[],
  }));
}

const plansOfOwner = prepared((db) =>
  db.select(planColumns).from(plans).where(eq(plans.userId, sql.placeholder("userId"))).orderBy(asc(plans.createdAt)).prepare(),
);
const planOfOwner = prepared((db) =>
  db
    .select(planColumns)
    .from(plans)
    .where(and(eq(plans.userId, sql.placeholder("userId")), eq(plans.id, sql.placeholder("planId"))))
    .prepare(),
);
const planWithOwner = prepared((db) =>
  db
    .select({ ...planColumns, userId: plans.userId })
    .from(plans)
    .where(eq(plans.id, sql.placeholder("planId")))
    .prepare(),
);

export async function listPlans(userId: string): Promise<PlanRecord[]> {
  const rows = await plansOfOwner().execute({ userId });
  return rows.length === 0 ? [] : withStatuses(rows, await statusesOfOwner().execute({ userId }));
}

/** Scoped by owner: another user's plan id finds nothing, exactly like an unknown one. */
export async function getPlan(userId: string, planId: string): Promise<PlanRecord | undefined> {
  const [row] = await planOfOwner().execute({ userId, planId });
  return row ? withStatuses([row], await statusesOfPlan().execute({ planId }))[0] : undefined;
}

/** For the share page, where the capability is the link, not a session. */
export async function getPlanById(planId: string): Promise<(PlanRecord & { userId: string }) | undefined> {
  const [row] = await planWithOwner().execute({ planId });
  return row ? withStatuses([row], await statusesOfPlan().execute({ planId }))[0] : undefined;
}

export interface NewPlan {
  title: string;
  target: string;
  targetName: string;
  hoursPerWeek: number;
  startDate: string;
  catalogVersion: string;
  roadmap: PlanRoadmap;
  assessmentStamp: string;
}

export async function insertPlan(userId: string, plan: NewPlan): Promise<PlanRecord> {
  const [inserted] = await transaction((tx) => tx.insert(plans).values({ userId, ...plan }).returning({ id: plans.id }));
  return (await getPlan(userId, inserted!.id))!;
}

/** One owner-scoped update of the plan row (and its updatedAt); false when the plan is not the user's. */
async function updateOwnedPlan(userId: string, planId: string, values: Partial<typeof plans.$inferInsert>): Promise<boolean> {
  const updated = await transaction((tx) =>
    tx
      .update(plans)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(plans.userId, userId), eq(plans.id, planId)))
      .returning({ id: plans.id }),
  );
  return updated.length > 0;
}

export async function renamePlan(userId: string, planId: string, title: string): Promise<boolean> {
  return updateOwnedPlan(userId, planId, { title });
}

export async function deletePlan(userId: string, planId: string): Promise<boolean> {
  const deleted = await transaction((tx) =>
    tx
      .delete(plans)
      .where(and(eq(plans.userId, userId), eq(plans.id, planId)))
      .returning({ id: plans.id }),
  );
  return deleted.length > 0;
}

/** Sets one item's status; false when the plan is not the user's. */
export async function setItemStatus(userId: string, planId: string, skill: string, status: ItemStatus): Promise<boolean> {
  return transaction(async (tx) => {
    const now = new Date();
    // The ownership check is the write itself: touching the plan's updatedAt, scoped by owner,
    // also holds the plan's row (PostgreSQL) until the status below is written.
    const owned = await tx
      .update(plans)
      .set({ updatedAt: now })
      .where(and(eq(plans.userId, userId), eq(plans.id, planId)))
      .returning({ id: plans.id });
    if (owned.length === 0) return false;
    await tx
      .insert(planItemStatuses)
      .values({ planId, skill, status, updatedAt: now })
      .onConflictDoUpdate({ target: [planItemStatuses.planId, planItemStatuses.skill], set: { status, updatedAt: now } });
    return true;
  });
}

export interface Rebuild {
  roadmap: PlanRoadmap;
  targetName: string;
  catalogVersion: string;
  assessmentStamp: string;
  statuses: Record<string, ItemStatus>;
  itemOrder: string[] | null;
  changeLog: PlanChange[];
}

/**
 * Replaces the roadmap, its statuses, order and change log together, so following can never
 * half-apply. Compare-and-set on what the plan was built from: when two reads follow the same
 * change at once, only the first writes and the second finds nothing to do (false).
 */
export async function replacePlanRoadmap(
  userId: string,
  planId: string,
  builtFrom: { assessmentStamp: string; catalogVersion: string },
  rebuild: Rebuild,
): Promise<boolean> {
  return transaction(async (tx) => {
    const now = new Date();
    const updated = await tx
      .update(plans)
      .set({
        roadmap: rebuild.roadmap,
        targetName: rebuild.targetName,
        catalogVersion: rebuild.catalogVersion,
        assessmentStamp: rebuild.assessmentStamp,
        itemOrder: rebuild.itemOrder,
        changeLog: rebuild.changeLog,
        updatedAt: now,
      })
      .where(
        and(
          eq(plans.userId, userId),
          eq(plans.id, planId),
          eq(plans.assessmentStamp, builtFrom.assessmentStamp),
          eq(plans.catalogVersion, builtFrom.catalogVersion),
        ),
      )
      .returning({ id: plans.id });
    if (updated.length === 0) return false;
    await tx.delete(planItemStatuses).where(eq(planItemStatuses.planId, planId));
    const rows = Object.entries(rebuild.statuses).map(([skill, status]) => ({ planId, skill, status, updatedAt: now }));
    if (rows.length > 0) await tx.insert(planItemStatuses).values(rows);
    return true;
  });
}

/** Title and pace in one write; false when the plan is not the user's. */
export async function updatePlanSettings(
  userId: string,
  planId: string,
  change: { title?: string; hoursPerWeek?: number },
): Promise<boolean> {
  if (change.title === undefined && change.hoursPerWeek === undefined) return true;
  return updateOwnedPlan(userId, planId, change);
}

/** The person's order of items (already checked against prerequisite order by the service). */
export async function setItemOrder(userId: string, planId: string, order: string[]): Promise<boolean> {
  return updateOwnedPlan(userId, planId, { itemOrder: order });
}

export async function getCatalogSnapshot(version: string): Promise<CatalogSnapshot | undefined> {
  const [row] = await getDb().select({ snapshot: catalogVersions.snapshot }).from(catalogVersions).where(eq(catalogVersions.version, version));
  return row?.snapshot;
}

export async function countPlans(userId: string): Promise<number> {
  // count(), not a raw count(*): PostgreSQL answers a bigint, which drizzle's count() maps to a number.
  const [row] = await getDb().select({ n: count() }).from(plans).where(eq(plans.userId, userId));
  return row?.n ?? 0;
}
