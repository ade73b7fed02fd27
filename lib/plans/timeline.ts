import type { PhaseKey } from "@/lib/engine";
import { addDays } from "./progress";
import type { ItemStatus } from "./types";

/**
 * The geometry of the plan's timeline, apart from any rendering: weeks across, one row per item,
 * phases as summary rows above their items. Pure, so it is tested without a browser and the SVG
 * component only draws what this returns. Units are SVG user units (1 = 1 CSS px at natural size).
 */

export interface TimelineItemInput {
  skill: string;
  name: string;
  hours: number;
  status: ItemStatus;
  /** From the schedule (lib/plans/schedule.ts): null for done and skipped items, which take no time. */
  startWeek: number | null;
  endWeek: number | null;
}

export interface TimelinePhaseInput {
  key: PhaseKey;
  title: string;
  items: readonly TimelineItemInput[];
}

export interface TimelineInput {
  phases: readonly TimelinePhaseInput[];
  /** Weeks the remaining work takes at the plan's pace. */
  weeks: number;
  /** The schedule's week 0: today. */
  startDate: string;
}

export interface TimelineBar {
  x: number;
  width: number;
}

export interface TimelineRow {
  kind: "phase" | "item";
  key: string;
  phase: PhaseKey;
  /** Top of the row. */
  y: number;
  height: number;
  label: string;
  /** The whole name, when `label` had to be shortened to fit. */
  fullLabel: string;
  status: ItemStatus | "phase";
  /** Null when there is nothing to draw (a phase with no items left and none done). */
  bar: TimelineBar | null;
  /** Done items (and phases with nothing left) sit in the "done" column left of today. */
  done: boolean;
}

export interface TimelineTick {
  week: number;
  x: number;
  date: string;
  /** The tick's year where it differs from the tick before ("Mar 1" alone would not say which year). */
  newYear: string | null;
}

export interface TimelineLayout {
  width: number;
  height: number;
  labelWidth: number;
  /** Top and bottom of the rows' area (the today line runs between them). */
  top: number;
  bottom: number;
  /** The column for items already done, left of today; null when none is done. */
  doneColumn: TimelineBar | null;
  todayX: number;
  /** Where the last week ends: the plan's target date. */
  endX: number;
  weekWidth: number;
  ticks: TimelineTick[];
  rows: TimelineRow[];
  /** Items left out because they are skipped. */
  skipped: number;
}

export const TIMELINE = {
  width: 780,
  labelWidth: 210,
  /** Room for the last tick's centred date ("11월 30일" is about 60 units wide). */
  rightPad: 36,
  axisHeight: 40,
  phaseRow: 28,
  itemRow: 22,
  bottomPad: 8,
  doneColumn: 56,
  fontSize: 12,
  /** Ticks closer than this would print their dates over each other. */
  minTickGap: 72,
  minBar: 4,
} as const;

const TICK_STEPS = [1, 2, 4, 8, 13, 26, 52, 104] as const;

/** The smallest tick step (in weeks) that keeps date labels `minGap` apart. */
export function tickStep(weekWidth: number, minGap: number = TIMELINE.minTickGap): number {
  return TICK_STEPS.find((step) => step * weekWidth >= minGap) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
}

/**
 * Roughly how wide `text` is drawn at `fontSize`: Hangul, CJK and full-width forms take about one
 * em, Latin about half of one. An estimate is enough: it only decides where a label is shortened.
 */
export function textWidth(text: string, fontSize: number = TIMELINE.fontSize): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef)) ems += 1;
    else if (/[MWmw@%&]/.test(char)) ems += 0.85;
    else if (/[A-Z0-9]/.test(char)) ems += 0.65;
    else if (/[ il.,:;'|!()[\]ftjr-]/.test(char)) ems += 0.32;
    else ems += 0.55;
  }
  return ems * fontSize;
}

/** `text` as is when it fits `maxWidth`, else shortened at a character boundary with an ellipsis. */
export function fitLabel(text: string, maxWidth: number, fontSize: number = TIMELINE.fontSize): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("").trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

export function timelineLayout(input: TimelineInput): TimelineLayout {
  const T = TIMELINE;
  const drawn = input.phases.map((phase) => ({ ...phase, items: phase.items.filter((item) => item.status !== "skipped") }));
  const skipped = input.phases.reduce((sum, phase) => sum + phase.items.length, 0) - drawn.reduce((sum, phase) => sum + phase.items.length, 0);
  const anyDone = drawn.some((phase) => phase.items.some((item) => item.status === "done"));

  const plotLeft = T.labelWidth;
  const plotRight = T.width - T.rightPad;
  const doneColumn = anyDone ? { x: plotLeft, width: T.doneColumn } : null;
  const todayX = plotLeft + (doneColumn?.width ?? 0);
  const weeks = Math.max(1, input.weeks);
  const weekWidth = (plotRight - todayX) / weeks;
  const xOf = (week: number) => todayX + week * weekWidth;
  const scheduledBar = (start: number, end: number): TimelineBar => ({ x: xOf(start), width: Math.max(T.minBar, (end - start) * weekWidth) });
  const doneBar = doneColumn ? { x: doneColumn.x + 6, width: doneColumn.width - 12 } : null;
  const labelRoom = T.labelWidth - 16;

  const rows: TimelineRow[] = [];
  let y = T.axisHeight;
  for (const phase of drawn) {
    if (phase.items.length === 0) continue;
    const scheduled = phase.items.filter((item) => item.startWeek !== null && item.endWeek !== null);
    const phaseBar =
      scheduled.length > 0
        ? scheduledBar(Math.min(...scheduled.map((i) => i.startWeek!)), Math.max(...scheduled.map((i) => i.endWeek!)))
        : doneBar;
    rows.push({
      kind: "phase",
      key: `phase-${phase.key}`,
      phase: phase.key,
      y,
      height: T.phaseRow,
      label: fitLabel(phase.title, labelRoom, T.fontSize + 1),
      fullLabel: phase.title,
      status: "phase",
      bar: phaseBar,
      done: scheduled.length === 0,
    });
    y += T.phaseRow;
    for (const item of phase.items) {
      const isDone = item.status === "done" || item.startWeek === null || item.endWeek === null;
      rows.push({
        kind: "item",
        key: item.skill,
        phase: phase.key,
        y,
        height: T.itemRow,
        label: fitLabel(item.name, labelRoom - 8),
        fullLabel: item.name,
        status: item.status,
        bar: isDone ? doneBar : scheduledBar(item.startWeek!, item.endWeek!),
        done: isDone,
      });
      y += T.itemRow;
    }
  }

  const step = tickStep(weekWidth);
  const ticks: TimelineTick[] = [];
  for (let week = 0; week <= weeks; week += step) {
    const date = addDays(input.startDate, week * 7);
    const previous = ticks.at(-1)?.date.slice(0, 4);
    ticks.push({ week, x: xOf(week), date, newYear: previous !== undefined && previous !== date.slice(0, 4) ? date.slice(0, 4) : null });
  }

  return {
    width: T.width,
    height: y + T.bottomPad,
    labelWidth: T.labelWidth,
    top: T.axisHeight,
    bottom: y,
    doneColumn,
    todayX,
    endX: xOf(weeks),
    weekWidth,
    ticks,
    rows,
    skipped,
  };
}

/** One line of the schedule's table: what the timeline draws, in words. */
export interface ScheduleRow {
  skill: string;
  name: string;
  phase: PhaseKey;
  hours: number;
  status: ItemStatus;
  /** 1-based weeks, inclusive, as people count them ("weeks 1–3"); null when done. */
  fromWeek: number | null;
  toWeek: number | null;
  startDate: string | null;
  /** The day the item should be finished (the schedule's exclusive end). */
  endDate: string | null;
}

/** The schedule as rows, in the plan's order within each phase; skipped items are left out. */
export function scheduleRows(input: TimelineInput): ScheduleRow[] {
  return input.phases.flatMap((phase) =>
    phase.items
      .filter((item) => item.status !== "skipped")
      .map((item) => {
        const scheduled = item.status !== "done" && item.startWeek !== null && item.endWeek !== null;
        return {
          skill: item.skill,
          name: item.name,
          phase: phase.key,
          hours: item.hours,
          status: item.status,
          fromWeek: scheduled ? item.startWeek! + 1 : null,
          toWeek: scheduled ? Math.max(item.startWeek! + 1, item.endWeek!) : null,
          startDate: scheduled ? addDays(input.startDate, item.startWeek! * 7) : null,
          endDate: scheduled ? addDays(input.startDate, item.endWeek! * 7) : null,
        };
      }),
  );
}
