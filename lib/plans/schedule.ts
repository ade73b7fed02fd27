import type { PhaseKey } from "@/lib/engine";
import { addDays } from "./progress";
import type { ItemStatus } from "./types";

/** What the schedule needs of a plan: phases of items in the plan's order, each with its hours. */
export interface SchedulablePlan {
  phases: readonly { key: PhaseKey; items: readonly { skill: string; hours: number }[] }[];
}

export interface ItemSlot {
  skill: string;
  /** Week index from the schedule's start (0 = this week) in which work on the item begins. */
  startWeek: number;
  /** First week after the item is finished (exclusive), so it takes endWeek − startWeek weeks. */
  endWeek: number;
  startDate: string;
  /** The day the item should be finished: the start date plus endWeek weeks. */
  endDate: string;
  /** Hours of the item that fall into the first week (what "this week" asks of it). */
  hoursThisWeek: number;
}

export interface PhaseSlot {
  key: PhaseKey;
  startWeek: number;
  endWeek: number;
  weeks: number;
  /** Hours left in the phase (done and skipped items take none). */
  hours: number;
  startDate: string;
  endDate: string;
}

export interface Schedule {
  hoursPerWeek: number;
  startDate: string;
  weeks: number;
  endDate: string;
  /** Only items still to do (todo or doing), in the order they are worked on. */
  items: ItemSlot[];
  phases: PhaseSlot[];
}

/**
 * Lays the plan's remaining items end to end at `hoursPerWeek`, from `startDate` (week 0). Items
 * being worked on ("doing") come first: they are what this week is about; then the rest in the
 * plan's order, which respects prerequisites. Done and skipped items take no time. Pure, so a
 * timeline or a calendar export can be built on it.
 */
export function schedulePlan(
  plan: SchedulablePlan,
  statuses: Readonly<Record<string, ItemStatus>>,
  hoursPerWeek: number,
  startDate: string,
): Schedule {
  if (!(hoursPerWeek > 0)) throw new RangeError("hoursPerWeek must be positive");
  const queue = workQueue(plan, statuses);

  const items: ItemSlot[] = [];
  let cursor = 0;
  for (const item of queue) {
    const begin = cursor;
    cursor += item.hours;
    const startWeek = Math.floor(begin / hoursPerWeek);
    const endWeek = Math.max(startWeek, Math.ceil(cursor / hoursPerWeek));
    items.push({
      skill: item.skill,
      startWeek,
      endWeek,
      startDate: addDays(startDate, startWeek * 7),
      endDate: addDays(startDate, endWeek * 7),
      hoursThisWeek: Math.max(0, Math.min(cursor, hoursPerWeek) - begin),
    });
  }
  const weeks = Math.ceil(cursor / hoursPerWeek);

  const slotOf = new Map(items.map((slot) => [slot.skill, slot]));
  const hoursOf = new Map(queue.map((item) => [item.skill, item.hours]));
  const phases: PhaseSlot[] = [];
  let previousEnd = 0;
  for (const phase of plan.phases) {
    const slots = phase.items.map((i) => slotOf.get(i.skill)).filter((slot): slot is ItemSlot => slot !== undefined);
    const startWeek = slots.length > 0 ? Math.min(...slots.map((s) => s.startWeek)) : previousEnd;
    const endWeek = slots.length > 0 ? Math.max(...slots.map((s) => s.endWeek)) : previousEnd;
    previousEnd = Math.max(previousEnd, endWeek);
    phases.push({
      key: phase.key,
      startWeek,
      endWeek,
      weeks: endWeek - startWeek,
      hours: slots.reduce((sum, s) => sum + hoursOf.get(s.skill)!, 0),
      startDate: addDays(startDate, startWeek * 7),
      endDate: addDays(startDate, endWeek * 7),
    });
  }
  return { hoursPerWeek, startDate, weeks, endDate: addDays(startDate, weeks * 7), items, phases };
}

/** The items still to do in the order they are worked on: items in progress first, then the plan's order. */
function workQueue(plan: SchedulablePlan, statuses: Readonly<Record<string, ItemStatus>>): { skill: string; hours: number }[] {
  const open = plan.phases.flatMap((phase) => phase.items).filter((item) => statuses[item.skill] !== "done" && statuses[item.skill] !== "skipped");
  return [...open.filter((i) => statuses[i.skill] === "doing"), ...open.filter((i) => statuses[i.skill] !== "doing")];
}

/**
 * What `thisWeek(schedulePlan(…))` answers, without dating every item and phase of the plan: the
 * dashboard shows only this week, on every request.
 */
export function firstWeek(
  plan: SchedulablePlan,
  statuses: Readonly<Record<string, ItemStatus>>,
  hoursPerWeek: number,
): { skill: string; hoursThisWeek: number }[] {
  if (!(hoursPerWeek > 0)) throw new RangeError("hoursPerWeek must be positive");
  const slots: { skill: string; hoursThisWeek: number }[] = [];
  let cursor = 0;
  for (const item of workQueue(plan, statuses)) {
    if (cursor >= hoursPerWeek) break;
    const begin = cursor;
    cursor += item.hours;
    const hoursThisWeek = Math.max(0, Math.min(cursor, hoursPerWeek) - begin);
    if (hoursThisWeek > 0) slots.push({ skill: item.skill, hoursThisWeek });
  }
  return slots;
}

/** The items to work on now: those the first week's hours reach, in the order they come. */
export function thisWeek(schedule: Schedule): ItemSlot[] {
  return schedule.items.filter((slot) => slot.startWeek === 0 && slot.hoursThisWeek > 0);
}
