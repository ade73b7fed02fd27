import { planItems } from "./compose";
import type { ItemStatus, MetItem, PlanRoadmap, Progress } from "./types";

/** A stable fingerprint of the levels a roadmap was computed from (notes do not matter). */
export function assessmentStamp(assessment: Readonly<Record<string, number>>): string {
  return Object.entries(assessment)
    .filter(([, level]) => level > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([skill, level]) => `${skill}=${level}`)
    .join(",");
}

export function isOutOfDate(planStamp: string, assessment: Readonly<Record<string, number>>): boolean {
  return planStamp !== assessmentStamp(assessment);
}

/** Hours-weighted, so finishing a 200-hour item counts for more than a 10-hour one. */
export function planProgress(roadmap: PlanRoadmap, statuses: Readonly<Record<string, ItemStatus>>): Progress {
  const items = planItems(roadmap);
  const doneItems = items.filter((item) => statuses[item.skill] === "done");
  const metHours = roadmap.met.reduce((sum, m) => sum + m.hours, 0);
  const totalHours = items.reduce((sum, i) => sum + i.hours, 0) + metHours;
  const doneHours = doneItems.reduce((sum, i) => sum + i.hours, 0) + metHours;
  const total = items.length + roadmap.met.length;
  const done = doneItems.length + roadmap.met.length;
  const percent = totalHours > 0 ? Math.round((1000 * doneHours) / totalHours) / 10 : total > 0 ? 100 : 0;
  return { done, total, percent };
}

export interface RefreshResult {
  roadmap: PlanRoadmap;
  /** Statuses of items that remain; everything else is dropped. */
  statuses: Record<string, ItemStatus>;
  /** Items that left the plan because the person now meets them. */
  nowMet: MetItem[];
  /** Items that left for another reason: the role no longer asks for them, or nothing depends on them now. */
  noLongerNeeded: string[];
}

/**
 * Carries a plan over to a freshly computed roadmap: items that remain keep their status, items
 * that disappeared because the person now meets them are remembered as met (they count as done),
 * and items nothing asks for any more are let go.
 */
export function carryOver(
  previous: PlanRoadmap,
  next: PlanRoadmap,
  statuses: Readonly<Record<string, ItemStatus>>,
  assessment: Readonly<Record<string, number>>,
  now: Date,
): RefreshResult {
  const nextSkills = new Set(planItems(next).map((i) => i.skill));
  const dropped = planItems(previous).filter((item) => !nextSkills.has(item.skill));
  const nowMet: MetItem[] = dropped
    .filter((item) => (assessment[item.skill] ?? 0) >= item.to)
    .map((item) => ({ skill: item.skill, name: item.name, level: item.to, hours: item.hours, at: now.toISOString() }));
  const noLongerNeeded = dropped.filter((item) => !nowMet.some((m) => m.skill === item.skill)).map((item) => item.skill);
  const stillMet = previous.met.filter((m) => !nextSkills.has(m.skill) && !nowMet.some((n) => n.skill === m.skill));
  const kept: Record<string, ItemStatus> = {};
  for (const skill of nextSkills) {
    const status = statuses[skill];
    if (status) kept[skill] = status;
  }
  return { roadmap: { ...next, met: [...stillMet, ...nowMet] }, statuses: kept, nowMet, noLongerNeeded };
}
