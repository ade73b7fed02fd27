import type { CatalogChange } from "./catalog-diff";
import { planItems } from "./compose";
import { applyOrder } from "./order";
import type { ItemStatus, MetItem, PlanChange, PlanRoadmap } from "./types";

/** Everything that says what a plan's roadmap was computed from: engine model, target, levels. */
export const PLAN_MODEL = "phases-2";

/**
 * A plan follows when this changes. Ratings of 0 are left out (they plan like unrated skills),
 * and so are notes; the target's requirements are in, so an edited custom role is followed too.
 */
export function planStamp(
  requirements: readonly { skill: string; level: number; weight: number }[],
  assessment: Readonly<Record<string, number>>,
): string {
  const sorted = (pairs: string[]) => pairs.sort().join(",");
  const target = sorted(requirements.map((r) => `${r.skill}=${r.level}:${r.weight}`));
  const levels = sorted(Object.entries(assessment).filter(([, level]) => level > 0).map(([skill, level]) => `${skill}=${level}`));
  return `${PLAN_MODEL}|${target}|${levels}`;
}

export interface FollowResult {
  roadmap: PlanRoadmap;
  /** Statuses of items that remain; everything else is dropped. */
  statuses: Record<string, ItemStatus>;
  /** The person's order carried onto the new items, or null when they never chose one. */
  order: string[] | null;
  changes: PlanChange[];
}

/**
 * Carries a plan over to a freshly computed roadmap. Items that remain keep their status and the
 * place the person gave them; items that left because the person now meets them are remembered as
 * met (they count as done); items nothing asks for any more are let go; new gaps join where the
 * engine puts them. Every move is listed, so the plan's history stays explainable.
 */
export function followPlan(input: {
  previous: PlanRoadmap;
  next: PlanRoadmap;
  statuses: Readonly<Record<string, ItemStatus>>;
  order: readonly string[] | null;
  assessment: Readonly<Record<string, number>>;
  now: Date;
  catalogChanges?: readonly CatalogChange[];
}): FollowResult {
  const { previous, next, statuses, assessment } = input;
  const at = input.now.toISOString();
  const before = new Map(planItems(previous).map((item) => [item.skill, item]));
  const after = new Map(planItems(next).map((item) => [item.skill, item]));
  const changes: PlanChange[] = [];

  const nowMet: MetItem[] = [];
  for (const [skill, item] of before) {
    if (after.has(skill)) continue;
    const level = assessment[skill] ?? 0;
    if (level >= item.to) {
      nowMet.push({ skill, name: item.name, level: item.to, hours: item.hours, at });
      changes.push({ at, kind: "met", skill, name: item.name, level, message: `You now meet ${item.name} (level ${level}), so it left the plan.` });
    } else {
      changes.push({ at, kind: "dropped", skill, name: item.name, message: `${item.name} left the plan: nothing asks for it now.` });
    }
  }
  for (const [skill, item] of after) {
    const old = before.get(skill);
    if (!old) {
      changes.push({ at, kind: "added", skill, name: item.name, to: item.to, hours: item.hours, message: `${item.name} joined the plan (to level ${item.to}).` });
    } else if (old.from !== item.from || old.to !== item.to) {
      changes.push({
        at,
        kind: "level",
        skill,
        name: item.name,
        from: item.from,
        to: item.to,
        hours: item.hours,
        message: `${item.name} now goes from level ${item.from} to ${item.to} (${item.hours} h).`,
      });
    }
  }
  for (const change of input.catalogChanges ?? []) {
    changes.push({
      at,
      kind: change.kind,
      skill: change.skill,
      name: change.oldName ?? after.get(change.skill)?.name ?? before.get(change.skill)?.name ?? change.skill,
      message: change.message,
      ...(change.before ? { before: change.before } : {}),
      ...(change.after ? { after: change.after } : {}),
    });
  }

  // A met skill whose rating went down again is back in the plan, not met.
  const stillMet = previous.met.filter((m) => !after.has(m.skill) && !nowMet.some((n) => n.skill === m.skill));
  const kept: Record<string, ItemStatus> = {};
  for (const skill of after.keys()) {
    const status = statuses[skill];
    if (status) kept[skill] = status;
  }
  const ordered = applyOrder(next, input.order);
  return {
    roadmap: { ...ordered, met: [...stillMet, ...nowMet], startFit: previous.startFit ?? previous.fit },
    statuses: kept,
    order: input.order && input.order.length > 0 ? planItems(ordered).map((item) => item.skill) : null,
    changes,
  };
}

/** The log a plan keeps: newest last, capped so it stays a short story, not a ledger. */
export function appendChanges(log: readonly PlanChange[], changes: readonly PlanChange[], cap = 40): PlanChange[] {
  return [...log, ...changes].slice(-cap);
}

/** What a page lists: the latest changes first. */
export function recentChanges(log: readonly PlanChange[], count = 8): PlanChange[] {
  return [...log].reverse().slice(0, count);
}
