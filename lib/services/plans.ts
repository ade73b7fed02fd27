import "server-only";
import { z } from "zod";
import { getAssessment } from "@/db/queries/assessment";
import {
  deletePlan,
  getCatalogSnapshot,
  getPlan,
  insertPlan,
  listPlans as listPlanRecords,
  replacePlanRoadmap,
  setItemOrder,
  setItemStatus,
  updatePlanSettings,
  type PlanRecord,
} from "@/db/queries/plans";
import { carryPlanForward } from "@/db/queries/plan-upgrade";
import { getProfile } from "@/db/queries/profile";
import { CATALOG_VERSION } from "@/lib/catalog";
import { catalogBook } from "@/lib/catalog/book";
import { currentCatalogSnapshot } from "@/lib/catalog/snapshot";
import { buildRoadmap, computeFit, unratedSkills } from "@/lib/engine";
import { HttpError, notFound, type ErrorReason } from "@/lib/http/errors";
import { planIdSchema, type createPlanSchema, type planChangeSchema } from "@/lib/schemas/plans";
import {
  appendChanges,
  applyOrder,
  composePlanRoadmap,
  diffCatalogForPlan,
  followPlan,
  moveItem,
  paceForDate,
  planItems,
  planProgress,
  planStamp,
  recentChanges,
  remainingHours,
  schedulePlan,
  thisWeek,
  timeLeft,
  type CatalogChange,
  type ItemStatus,
} from "@/lib/plans";
import { catalogSkillName, findTarget, requireTarget, type ResolvedTarget } from "./targets";
import { today } from "./today";
import { roleName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type { PlanRecord };


function build(target: ResolvedTarget, assessment: Record<string, number>, hoursPerWeek: number) {
  const roadmap = buildRoadmap(target.role, assessment, catalogBook, { hoursPerWeek, milestones: target.milestones });
  return composePlanRoadmap(roadmap, { storedName: catalogSkillName, rationale: target.rationale });
}

/** `locale` words the default title; the stored roadmap keeps English words (see lib/plans/localize.ts). */
export async function createPlan(userId: string, input: z.output<typeof createPlanSchema>, locale: Locale = "en"): Promise<PlanRecord> {
  const target = await requireTarget(userId, input.target);
  const [{ assessment }, profile] = await Promise.all([getAssessment(userId), getProfile(userId)]);
  const hoursPerWeek = input.hoursPerWeek ?? profile.hoursPerWeek;
  return insertPlan(userId, {
    title: input.title ?? translator(locale, "planText")("defaultTitle", { role: roleName(target.slug, locale, target.name) }),
    target: target.slug,
    targetName: target.name,
    hoursPerWeek,
    startDate: input.startDate ?? (await today()),
    catalogVersion: CATALOG_VERSION,
    roadmap: build(target, assessment, hoursPerWeek),
    assessmentStamp: planStamp(target.role.skills, assessment),
  });
}

async function catalogChangesFor(plan: PlanRecord): Promise<CatalogChange[]> {
  if (plan.catalogVersion === CATALOG_VERSION) return [];
  const before = await getCatalogSnapshot(plan.catalogVersion);
  if (!before) return [];
  return diffCatalogForPlan(before, currentCatalogSnapshot(), plan.target, planItems(plan.roadmap).map((i) => i.skill));
}

/**
 * Plans follow on read (docs/decisions/0007-phases-and-pace.md): the assessment changes through
 * many doors (the editor, the API, a mentor's accepted suggestion, "I already know this") and the
 * catalog changes by deploy, with no write at all; every read of a plan passes here. When what the
 * plan was built from is unchanged this costs one string comparison; otherwise the roadmap is
 * rebuilt, statuses and order carried over, changes logged, and all of it written at once.
 */
export async function followIfNeeded(userId: string, plan: PlanRecord, assessment?: Record<string, number>): Promise<PlanRecord> {
  const target = await findTarget(userId, plan.target);
  // A deleted custom role cannot be followed: the plan stays as it was (the page says so).
  if (!target) return inChosenOrder(plan);
  const levels = assessment ?? (await getAssessment(userId)).assessment;
  const stamp = planStamp(target.role.skills, levels);
  if (stamp === plan.assessmentStamp && plan.catalogVersion === CATALOG_VERSION) return inChosenOrder(plan);
  const followed = followPlan({
    previous: plan.roadmap,
    next: build(target, levels, plan.hoursPerWeek),
    statuses: plan.statuses,
    order: plan.itemOrder,
    assessment: levels,
    now: new Date(),
    catalogChanges: await catalogChangesFor(plan),
  });
  await replacePlanRoadmap(
    userId,
    plan.id,
    { assessmentStamp: plan.assessmentStamp, catalogVersion: plan.catalogVersion },
    {
      roadmap: followed.roadmap,
      targetName: target.name,
      catalogVersion: CATALOG_VERSION,
      assessmentStamp: stamp,
      statuses: followed.statuses,
      itemOrder: followed.order,
      changeLog: appendChanges(plan.changeLog, followed.changes),
    },
  );
  // Whether this call or a concurrent one wrote, the stored plan is now the followed one.
  return inChosenOrder((await getPlan(userId, plan.id)) ?? plan);
}

/** The stored roadmap keeps the engine's order; the person's moves are applied as it is read. */
function inChosenOrder(plan: PlanRecord): PlanRecord {
  return plan.itemOrder ? { ...plan, roadmap: applyOrder(plan.roadmap, plan.itemOrder) } : plan;
}

/** The user's stored plan as saved (not yet followed), or undefined for a malformed id, an unknown or another user's plan. */
export async function findOwnPlan(userId: string, planId: string) {
  return planIdSchema.safeParse(planId).success ? getPlan(userId, planId) : undefined;
}

export async function requirePlan(userId: string, planId: string): Promise<PlanRecord> {
  const plan = await findOwnPlan(userId, planId);
  if (!plan) throw notFound("No such plan.");
  return followIfNeeded(userId, await carriedForward(userId, plan));
}

/**
 * A plan from an older catalog keeps its statuses: split skills' statuses and its owner's
 * ratings carry forward (lib/catalog/skill-map.ts) before anything reads them. Adds only what is
 * missing, so after the first time it writes nothing.
 */
async function carriedForward(userId: string, plan: PlanRecord): Promise<PlanRecord> {
  if (plan.catalogVersion === CATALOG_VERSION || (await carryPlanForward(userId, plan.id)) === 0) return plan;
  return (await getPlan(userId, plan.id)) ?? plan;
}

/**
 * Every plan of the user, each followed to the current assessment and catalog. A caller that has
 * just read the assessment passes it (`current`), so it is not read twice; it is read again when
 * a plan from an older catalog may have been carried forward, which can add ratings.
 */
export async function listPlans(userId: string, current?: Record<string, number>): Promise<PlanRecord[]> {
  const stored = await listPlanRecords(userId);
  if (stored.length === 0) return stored;
  // Carry older-catalog plans forward first: it may add ratings the follow below must see.
  const records = await Promise.all(stored.map((plan) => carriedForward(userId, plan)));
  const mayHaveCarried = stored.some((plan) => plan.catalogVersion !== CATALOG_VERSION);
  const assessment = current && !mayHaveCarried ? current : (await getAssessment(userId)).assessment;
  return Promise.all(records.map((plan) => followIfNeeded(userId, plan, assessment)));
}

function assertItem(plan: PlanRecord, skill: string) {
  if (!planItems(plan.roadmap).some((item) => item.skill === skill)) {
    throw new HttpError("bad_request", `Unknown skill "${skill.slice(0, 64)}" in this plan.`, [{ path: ["skill"], message: "Not an item of this plan." }]);
  }
}

export async function changeItemStatus(userId: string, plan: PlanRecord, skill: string, status: ItemStatus): Promise<PlanRecord> {
  return changeItem(userId, plan, skill, { status });
}

/** Status and place of one item; a place that breaks prerequisite order is refused and nothing is written. */
/** `plan` is the owner's plan as loaded by requirePlan (or ownPlanRoute); after the write it is read again. */
export async function changeItem(userId: string, plan: PlanRecord, skill: string, change: { status?: ItemStatus; position?: number }): Promise<PlanRecord> {
  const planId = plan.id;
  assertItem(plan, skill);
  let order: string[] | undefined;
  if (change.position !== undefined) {
    const moved = moveItem(plan.roadmap, skill, change.position);
    if (!moved.ok) throw new HttpError("bad_request", moved.message, [{ path: ["position"], message: moved.message }]);
    order = moved.order;
  }
  if (order) await setItemOrder(userId, planId, order);
  if (change.status) await setItemStatus(userId, planId, skill, change.status);
  return requirePlan(userId, planId);
}

/**
 * Title and pace. A target date sets the weekly hours it needs from today for the hours left;
 * a date that needs more than 80 h/week, or that is not in the future, is refused.
 */
export async function updatePlan(userId: string, plan: PlanRecord, input: z.output<typeof planChangeSchema>): Promise<PlanRecord> {
  const planId = plan.id;
  let hoursPerWeek = input.hoursPerWeek;
  if (input.targetDate !== undefined) {
    const pace = paceForDate(remainingHours(plan.roadmap, plan.statuses), input.targetDate, await today());
    if (!pace.ok) {
      const message =
        pace.reason === "past"
          ? "targetDate is a day after today."
          : `Finishing by ${input.targetDate} needs ${pace.needed ? `${pace.needed} h/week` : "more than a week"}; the most a plan allows is 80 h/week. Pick a later date.`;
      const reason: ErrorReason =
        pace.reason === "past"
          ? { key: "paceInPast" }
          : pace.needed
            ? { key: "paceTooFast", values: { date: input.targetDate, hours: pace.needed } }
            : { key: "paceTooSoon", values: { date: input.targetDate } };
      throw new HttpError("bad_request", message, [{ path: ["targetDate"], message }]).because(reason);
    }
    hoursPerWeek = pace.hoursPerWeek;
  }
  await updatePlanSettings(userId, planId, { title: input.title, hoursPerWeek });
  return requirePlan(userId, planId);
}

export async function renameOwnPlan(userId: string, plan: PlanRecord, title: string): Promise<PlanRecord> {
  return updatePlan(userId, plan, { title });
}

/** v1's manual refresh: plans follow by themselves now, so this only reads the followed plan. */
export async function refreshPlan(userId: string, plan: PlanRecord): Promise<PlanRecord> {
  // As in v1: a plan whose target role was deleted cannot be recomputed, and says so.
  if (!(await findTarget(userId, plan.target))) {
    throw new HttpError("conflict", "The target role of this plan no longer exists, so it cannot be recomputed.");
  }
  return plan;
}

export async function deleteOwnPlan(userId: string, planId: string): Promise<void> {
  if (!planIdSchema.safeParse(planId).success || !(await deletePlan(userId, planId))) throw notFound("No such plan.");
}

/** Everything a page or the API shows of a plan: roadmap, statuses, pace, schedule, what changed. */
/**
 * `day` names the schedule's week 0 when the caller already knows the reader's today (the proxy,
 * which has no request scope for `today()` to read the time-zone cookie from).
 */
export async function describePlan(userId: string, record: PlanRecord, assessment?: Record<string, number>, { day }: { day?: string } = {}) {
  const carried = await carriedForward(userId, record);
  // Carrying forward may have added ratings, so a caller's assessment is re-read in that case.
  const current = (carried === record ? assessment : undefined) ?? (await getAssessment(userId)).assessment;
  const plan = await followIfNeeded(userId, carried, current);
  const target = await findTarget(userId, plan.target);
  const { roadmap, statuses } = plan;
  const now = day ?? (await today());
  const remaining = remainingHours(roadmap, statuses);
  const { weeks, targetDate } = timeLeft(remaining, plan.hoursPerWeek, now);
  const schedule = schedulePlan(roadmap, statuses, plan.hoursPerWeek, now);
  const slotOf = new Map(schedule.items.map((slot) => [slot.skill, slot]));
  const items = planItems(roadmap);
  const statusOf = (skill: string): ItemStatus => statuses[skill] ?? "todo";
  const view = (item: (typeof items)[number]) => {
    const slot = slotOf.get(item.skill);
    return {
      ...item,
      status: statusOf(item.skill),
      currentLevel: current[item.skill] ?? 0,
      startWeek: slot?.startWeek ?? null,
      endWeek: slot?.endWeek ?? null,
      hoursThisWeek: slot?.hoursThisWeek ?? 0,
    };
  };
  const byskill = new Map(items.map((item) => [item.skill, item]));
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
    /** Fit at the last follow (today's, unless the target was deleted). */
    fit: roadmap.fit,
    /** Fit when the plan was made: pages show "was" only when it differs from now. */
    startFit: roadmap.startFit ?? roadmap.fit,
    currentFit: target ? computeFit(target.role, current) : null,
    totalHours: items.reduce((sum, item) => sum + item.hours, 0),
    remainingHours: remaining,
    weeks,
    targetDate,
    progress: planProgress(roadmap, statuses),
    /** The target's skills the assessment does not rate; they count as 0 in this plan. */
    unrated: target ? unratedSkills(target.role, current, catalogBook) : [],
    phases: roadmap.phases.map((phase) => {
      const slot = schedule.phases.find((s) => s.key === phase.key)!;
      return {
        ...phase,
        startWeek: slot.startWeek,
        endWeek: slot.endWeek,
        weeks: slot.weeks,
        hours: slot.hours,
        targetDate: slot.endDate,
        progress: planProgress({ ...roadmap, phases: [phase], met: [] }, statuses),
        items: phase.items.map(view),
      };
    }),
    thisWeek: thisWeek(schedule).map((slot) => view(byskill.get(slot.skill)!)),
    met: roadmap.met,
    // Every change the plan keeps (newest first); the page folds all but the newest away.
    changes: recentChanges(plan.changeLog, Number.POSITIVE_INFINITY),
  };
}

export type PlanView = Awaited<ReturnType<typeof describePlan>>;

/** A plan in a list: progress in items and hours, and the time left at its own pace. */
/** `day` is the user's today (lib/services/today.ts). */
export function planSummary(plan: PlanRecord, day: string) {
  const remaining = remainingHours(plan.roadmap, plan.statuses);
  return {
    id: plan.id,
    title: plan.title,
    target: plan.target,
    targetName: plan.targetName,
    createdAt: plan.createdAt.toISOString(),
    progress: planProgress(plan.roadmap, plan.statuses),
    hoursPerWeek: plan.hoursPerWeek,
    remainingHours: remaining,
    ...timeLeft(remaining, plan.hoursPerWeek, day),
  };
}
