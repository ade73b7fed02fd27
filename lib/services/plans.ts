import "server-only";
import { z } from "zod";
import { getAssessment } from "@/db/queries/assessment";
import {
  deletePlan,
  getCatalogSnapshot,
  getPlan,
  insertPlan,
  listPlans,
  renamePlan,
  replacePlanRoadmap,
  setItemStatus,
  type PlanRecord,
} from "@/db/queries/plans";
import { getProfile } from "@/db/queries/profile";
import { hoursPerWeekSchema, isoDateSchema } from "@/lib/api/schemas";
import { CATALOG_VERSION } from "@/lib/catalog";
import { catalogBook } from "@/lib/catalog/engine";
import { currentCatalogSnapshot } from "@/lib/catalog/snapshot";
import { buildRoadmap, computeFit } from "@/lib/engine";
import { HttpError, notFound } from "@/lib/http/errors";
import {
  assessmentStamp,
  carryOver,
  composePlanRoadmap,
  diffCatalogForPlan,
  isOutOfDate,
  ITEM_STATUSES,
  planItems,
  planProgress,
  type CatalogChange,
  type ItemStatus,
} from "@/lib/plans";
import { catalogSkillName, findTarget, requireTarget, type ResolvedTarget } from "./targets";
import { roleName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export const planTitleSchema = z.string().trim().min(1, "Give the plan a name.").max(120, "Use at most 120 characters.");

export const createPlanSchema = z.object({
  target: z.string().min(1).max(80),
  hoursPerWeek: hoursPerWeekSchema.optional(),
  startDate: isoDateSchema.optional(),
  title: planTitleSchema.optional(),
});

export const itemStatusSchema = z.object({ status: z.enum(ITEM_STATUSES, "status is one of todo, doing, done.") });
export const renamePlanSchema = z.object({ title: planTitleSchema });
export const planIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function build(target: ResolvedTarget, assessment: Record<string, number>, hoursPerWeek: number, startDate: string) {
  const roadmap = buildRoadmap(target.role, assessment, catalogBook, { hoursPerWeek, startDate, milestones: target.milestones });
  return composePlanRoadmap(roadmap, { skillName: catalogSkillName, rationale: target.rationale });
}

/** `locale` words the default title; the stored roadmap keeps English words (see lib/plans/localize.ts). */
export async function createPlan(userId: string, input: z.output<typeof createPlanSchema>, locale: Locale = "en"): Promise<PlanRecord> {
  const target = await requireTarget(userId, input.target);
  const [{ assessment }, profile] = await Promise.all([getAssessment(userId), getProfile(userId)]);
  const hoursPerWeek = input.hoursPerWeek ?? profile.hoursPerWeek;
  const startDate = input.startDate ?? today();
  return insertPlan(userId, {
    title: input.title ?? translator(locale, "planText")("defaultTitle", { role: roleName(target.slug, locale, target.name) }),
    target: target.slug,
    targetName: target.name,
    hoursPerWeek,
    startDate,
    catalogVersion: CATALOG_VERSION,
    roadmap: build(target, assessment, hoursPerWeek, startDate),
    assessmentStamp: assessmentStamp(assessment),
  });
}

export async function requirePlan(userId: string, planId: string): Promise<PlanRecord> {
  const plan = planIdSchema.safeParse(planId).success ? await getPlan(userId, planId) : undefined;
  if (!plan) throw notFound("No such plan.");
  return plan;
}

export async function changeItemStatus(userId: string, planId: string, skill: string, status: ItemStatus): Promise<PlanRecord> {
  const plan = await requirePlan(userId, planId);
  if (!planItems(plan.roadmap).some((item) => item.skill === skill)) {
    throw new HttpError("bad_request", `Unknown skill "${skill.slice(0, 64)}" in this plan.`, [{ path: ["skill"], message: "Not an item of this plan." }]);
  }
  await setItemStatus(userId, planId, skill, status);
  return requirePlan(userId, planId);
}

/** Recomputes from the current assessment and catalog; statuses of remaining items carry over. */
export async function refreshPlan(userId: string, planId: string): Promise<PlanRecord> {
  const plan = await requirePlan(userId, planId);
  const target = await findTarget(userId, plan.target);
  if (!target) throw new HttpError("conflict", "The target role of this plan no longer exists, so it cannot be recomputed.");
  const { assessment } = await getAssessment(userId);
  const next = build(target, assessment, plan.hoursPerWeek, plan.startDate);
  const carried = carryOver(plan.roadmap, next, plan.statuses, assessment, new Date());
  await replacePlanRoadmap(userId, planId, {
    roadmap: carried.roadmap,
    targetName: target.name,
    catalogVersion: CATALOG_VERSION,
    assessmentStamp: assessmentStamp(assessment),
    statuses: carried.statuses,
  });
  return requirePlan(userId, planId);
}

export async function renameOwnPlan(userId: string, planId: string, title: string): Promise<PlanRecord> {
  await requirePlan(userId, planId);
  await renamePlan(userId, planId, title);
  return requirePlan(userId, planId);
}

export async function deleteOwnPlan(userId: string, planId: string): Promise<void> {
  if (!planIdSchema.safeParse(planId).success || !(await deletePlan(userId, planId))) throw notFound("No such plan.");
}

export { listPlans };

async function catalogChangesFor(plan: PlanRecord): Promise<CatalogChange[] | null> {
  if (plan.catalogVersion === CATALOG_VERSION) return [];
  const before = await getCatalogSnapshot(plan.catalogVersion);
  if (!before) return null;
  return diffCatalogForPlan(before, currentCatalogSnapshot(), plan.target, planItems(plan.roadmap).map((i) => i.skill));
}

/** Everything a page or the API shows of a plan: roadmap, statuses, progress, and what is stale. */
export async function describePlan(userId: string, plan: PlanRecord, assessment?: Record<string, number>) {
  const current = assessment ?? (await getAssessment(userId)).assessment;
  const target = await findTarget(userId, plan.target);
  const changes = await catalogChangesFor(plan);
  const { roadmap } = plan;
  return {
    id: plan.id,
    title: plan.title,
    target: plan.target,
    targetName: plan.targetName,
    targetExists: Boolean(target),
    hoursPerWeek: plan.hoursPerWeek,
    startDate: plan.startDate,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    catalogVersion: plan.catalogVersion,
    catalogChanged: plan.catalogVersion !== CATALOG_VERSION,
    /** null when the old catalog version is unknown to this database. */
    catalogChanges: changes,
    outOfDate: isOutOfDate(plan.assessmentStamp, current),
    fit: roadmap.fit,
    currentFit: target ? computeFit(target.role, current) : null,
    totalHours: roadmap.totalHours,
    weeks: roadmap.weeks,
    targetDate: roadmap.targetDate ?? null,
    progress: planProgress(roadmap, plan.statuses),
    phases: roadmap.phases.map((phase) => ({
      ...phase,
      progress: planProgress({ ...roadmap, phases: [phase], met: [] }, plan.statuses),
      items: phase.items.map((item) => ({ ...item, status: plan.statuses[item.skill] ?? ("todo" as ItemStatus), currentLevel: current[item.skill] ?? 0 })),
    })),
    met: roadmap.met,
  };
}

export type PlanView = Awaited<ReturnType<typeof describePlan>>;

export function planSummary(plan: PlanRecord) {
  return {
    id: plan.id,
    title: plan.title,
    target: plan.target,
    targetName: plan.targetName,
    createdAt: plan.createdAt.toISOString(),
    progress: planProgress(plan.roadmap, plan.statuses),
  };
}
