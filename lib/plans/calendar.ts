import ical, { escape, ICalEventTransparency } from "ical-generator";
import type { PhaseKey } from "@/lib/engine";
import { addDays } from "./progress";
import { schedulePlan, type Schedule } from "./schedule";
import type { ItemStatus } from "./types";

/**
 * The plan's schedule as an iCalendar file (RFC 5545) that calendar apps import: one all-day
 * event per phase and one per week of remaining work, saying what that week is about.
 *
 * ical-generator writes the file: it folds lines at 75 octets without splitting a UTF-8
 * character (Korean names), escapes `,` `;` `\` and newlines in text, and stamps DTSTAMP in UTC.
 * What is ours: which events, their stable UIDs and their words.
 *
 * Dates: the schedule starts today (like the plan page and the API's targetDate), and every event
 * is an all-day DATE value, which has no time zone: a week shown Monday to Sunday here falls on the
 * same days in any calendar, wherever its owner lives. No VTIMEZONE is needed.
 */

export interface CalendarPlan {
  id: string;
  title: string;
  hoursPerWeek: number;
  phases: readonly {
    key: PhaseKey;
    title: string;
    /** What finishing the phase gets the person (shown as the event's description). */
    outcome: string;
    items: readonly { skill: string; name: string; hours: number; status: ItemStatus }[];
  }[];
}

/** The reader's words, so this module stays free of the i18n machinery. */
export interface CalendarWords {
  calendarName: (plan: string) => string;
  phaseSummary: (phase: string, plan: string) => string;
  phaseDescription: (outcome: string, items: string) => string;
  weekSummary: (week: number, items: string) => string;
  weekDescription: (plan: string, perWeek: number, items: string) => string;
  itemLine: (name: string, hours: number) => string;
  more: (count: number) => string;
}

export interface WeekFocus {
  /** 0-based week from the schedule's start. */
  week: number;
  startDate: string;
  items: { skill: string; hours: number }[];
}

/**
 * Which items each week of the schedule works on, and for how many of its hours: the schedule
 * lays items end to end at the plan's pace, so an item can end in the middle of a week and the
 * next start there. Weeks with no work (none: the schedule has no gaps) are not listed.
 */
export function weeklyFocus(schedule: Schedule, hoursOf: (skill: string) => number): WeekFocus[] {
  const pace = schedule.hoursPerWeek;
  const weeks = new Map<number, WeekFocus>();
  let cursor = 0;
  for (const slot of schedule.items) {
    const begin = cursor;
    cursor += hoursOf(slot.skill);
    for (let week = Math.floor(begin / pace); week * pace < cursor; week++) {
      const hours = Math.min(cursor, (week + 1) * pace) - Math.max(begin, week * pace);
      if (hours <= 0) continue;
      const focus = weeks.get(week) ?? { week, startDate: addDays(schedule.startDate, week * 7), items: [] };
      focus.items.push({ skill: slot.skill, hours: Math.round(hours * 10) / 10 });
      weeks.set(week, focus);
    }
  }
  return [...weeks.values()].sort((a, b) => a.week - b.week);
}

/** Names for a one-line title: the first few, then "and N more". */
function nameList(names: readonly string[], words: CalendarWords, shown = 3): string {
  const head = names.slice(0, shown).join(", ");
  return names.length > shown ? `${head} ${words.more(names.length - shown)}` : head;
}

/** A stable UID: the same plan's same event keeps it, so importing again updates instead of duplicating. */
export function eventUid(planId: string, kind: "phase" | "week", index: number): string {
  return `${planId}-${kind}-${index}@waypoint`;
}

export function planCalendar(plan: CalendarPlan, options: { startDate: string; now: Date; words: CalendarWords; language?: string; url?: string }): string {
  const { startDate, now, words } = options;
  const statuses: Record<string, ItemStatus> = Object.fromEntries(plan.phases.flatMap((p) => p.items.map((i) => [i.skill, i.status])));
  const schedule = schedulePlan(plan, statuses, plan.hoursPerWeek, startDate);
  const items = new Map(plan.phases.flatMap((p) => p.items.map((i) => [i.skill, i] as const)));
  const slots = new Map(schedule.items.map((slot) => [slot.skill, slot]));
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  const calendar = ical({
    // ical-generator 11 writes NAME and X-WR-CALNAME as given, unescaped (events' text it escapes):
    // a title with ";" or a line break would break the file. One line, escaped here.
    name: escape(words.calendarName(plan.title).replace(/\s+/g, " "), false),
    prodId: { company: "Waypoint", product: "Plan calendar", language: (options.language ?? "en").toUpperCase() },
    scale: "GREGORIAN",
  });
  const common = { allDay: true, stamp: now, transparency: ICalEventTransparency.TRANSPARENT, ...(options.url && { url: options.url }) };

  schedule.phases.forEach((slot, index) => {
    if (slot.weeks === 0) return; // Nothing left in this phase: no event to put in a calendar.
    const phase = plan.phases.find((p) => p.key === slot.key)!;
    const open = phase.items.filter((item) => slots.has(item.skill));
    calendar.createEvent({
      ...common,
      id: eventUid(plan.id, "phase", index),
      start: day(slot.startDate),
      end: day(slot.endDate),
      summary: words.phaseSummary(phase.title, plan.title),
      description: words.phaseDescription(phase.outcome, open.map((item) => `- ${words.itemLine(item.name, item.hours)}`).join("\n")),
    });
  });

  for (const focus of weeklyFocus(schedule, (skill) => items.get(skill)!.hours)) {
    const names = focus.items.map((f) => items.get(f.skill)!.name);
    calendar.createEvent({
      ...common,
      id: eventUid(plan.id, "week", focus.week),
      start: day(focus.startDate),
      end: day(addDays(focus.startDate, 7)),
      summary: words.weekSummary(focus.week + 1, nameList(names, words)),
      description: words.weekDescription(
        plan.title,
        plan.hoursPerWeek,
        focus.items.map((f) => `- ${words.itemLine(items.get(f.skill)!.name, f.hours)}`).join("\n"),
      ),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
