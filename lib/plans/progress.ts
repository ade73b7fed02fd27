import { planItems } from "./compose";
import type { ItemStatus, PlanRoadmap, Progress } from "./types";

/** Hours still to spend: items neither done nor skipped. "Doing" counts in full: we do not guess how far along. */
export function remainingHours(roadmap: PlanRoadmap, statuses: Readonly<Record<string, ItemStatus>>): number {
  return planItems(roadmap).reduce((sum, item) => {
    const status = statuses[item.skill];
    return status === "done" || status === "skipped" ? sum : sum + item.hours;
  }, 0);
}

/**
 * Counts both items and hours, so a page can say which: finishing a 200-hour item counts for more
 * hours than a 10-hour one but for one item like it. Met items count as done; skipped ones are
 * out of the plan, so out of both totals.
 */
export function planProgress(roadmap: PlanRoadmap, statuses: Readonly<Record<string, ItemStatus>>): Progress {
  const items = planItems(roadmap).filter((item) => statuses[item.skill] !== "skipped");
  const doneItems = items.filter((item) => statuses[item.skill] === "done");
  const metHours = roadmap.met.reduce((sum, m) => sum + m.hours, 0);
  const totalHours = items.reduce((sum, i) => sum + i.hours, 0) + metHours;
  const doneHours = doneItems.reduce((sum, i) => sum + i.hours, 0) + metHours;
  const total = items.length + roadmap.met.length;
  const done = doneItems.length + roadmap.met.length;
  const percent = totalHours > 0 ? Math.round((1000 * doneHours) / totalHours) / 10 : total > 0 ? 100 : 0;
  const skipped = planItems(roadmap).length - items.length;
  return { done, total, doneHours, totalHours, percent, skipped };
}

const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/** weeks = ceil(remaining / pace); the date is that many weeks from today. */
export function timeLeft(remaining: number, hoursPerWeek: number, today: string): { weeks: number; targetDate: string } {
  const weeks = Math.ceil(remaining / hoursPerWeek);
  return { weeks, targetDate: addDays(today, weeks * 7) };
}

export type PaceFromDate = { ok: true; hoursPerWeek: number } | { ok: false; reason: "past" | "too-fast"; needed?: number };

/**
 * The weekly hours that finish `remaining` hours by `date`: whole weeks only, since the plan's date
 * is today + ceil(remaining / pace) weeks. Over 80 h/week is not a pace, it is a second job.
 */
export function paceForDate(remaining: number, date: string, today: string, maxHoursPerWeek = 80): PaceFromDate {
  const weeks = Math.floor(daysBetween(today, date) / 7);
  if (daysBetween(today, date) <= 0) return { ok: false, reason: "past" };
  if (remaining === 0) return { ok: true, hoursPerWeek: 1 };
  if (weeks === 0) return { ok: false, reason: "too-fast" };
  const needed = Math.max(1, Math.ceil(remaining / weeks));
  return needed > maxHoursPerWeek ? { ok: false, reason: "too-fast", needed } : { ok: true, hoursPerWeek: needed };
}
