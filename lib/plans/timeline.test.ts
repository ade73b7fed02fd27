import { describe, expect, it } from "vitest";
import type { PhaseKey } from "@/lib/engine";
import { schedulePlan } from "./schedule";
import { fitLabel, scheduleRows, textWidth, tickStep, TIMELINE, timelineLayout, type TimelineInput } from "./timeline";
import type { ItemStatus } from "./types";

const PHASES: { key: PhaseKey; items: { skill: string; hours: number }[] }[] = [
  { key: "interview-ready", items: [{ skill: "python", hours: 20 }, { skill: "sql", hours: 12 }, { skill: "dsa", hours: 30 }] },
  { key: "strong-candidate", items: [{ skill: "model-serving", hours: 40 }, { skill: "docker", hours: 8 }] },
  { key: "well-rounded", items: [{ skill: "mlops", hours: 24 }] },
];

/** What the plan page hands the timeline: the plan's items with the schedule's weeks. */
function input(statuses: Record<string, ItemStatus>, hoursPerWeek: number, startDate = "2026-11-30"): TimelineInput {
  const schedule = schedulePlan({ phases: PHASES }, statuses, hoursPerWeek, startDate);
  const slot = new Map(schedule.items.map((s) => [s.skill, s]));
  return {
    weeks: schedule.weeks,
    startDate,
    phases: PHASES.map((phase) => ({
      key: phase.key,
      title: phase.key,
      items: phase.items.map((item) => ({
        ...item,
        name: item.skill,
        status: statuses[item.skill] ?? "todo",
        startWeek: slot.get(item.skill)?.startWeek ?? null,
        endWeek: slot.get(item.skill)?.endWeek ?? null,
      })),
    })),
  };
}

const itemRows = (layout: ReturnType<typeof timelineLayout>) => layout.rows.filter((r) => r.kind === "item");

describe("the timeline's geometry", () => {
  it("draws each item from its start week to its end week at the plan's pace, the last ending at the target date", () => {
    const data = input({}, 10);
    const layout = timelineLayout(data);
    const schedule = schedulePlan({ phases: PHASES }, {}, 10, "2026-11-30");
    for (const slot of schedule.items) {
      const row = layout.rows.find((r) => r.key === slot.skill)!;
      expect(row.bar!.x).toBeCloseTo(layout.todayX + slot.startWeek * layout.weekWidth);
      expect(row.bar!.x + row.bar!.width).toBeCloseTo(layout.todayX + slot.endWeek * layout.weekWidth);
    }
    expect(Math.max(...itemRows(layout).map((r) => r.bar!.x + r.bar!.width))).toBeCloseTo(layout.endX);
    expect(layout.endX).toBeLessThanOrEqual(layout.width);
    expect(Math.min(...itemRows(layout).map((r) => r.bar!.x))).toBeGreaterThanOrEqual(layout.labelWidth);
  });

  it("follows the pace: twice the hours a week, half the weeks per item", () => {
    const slow = timelineLayout(input({}, 5));
    const fast = timelineLayout(input({}, 10));
    expect(slow.weekWidth).toBeLessThan(fast.weekWidth);
    // The first item takes 4 weeks at 5 h and 2 at 10 h: the same share of a longer or shorter plan.
    const share = (l: ReturnType<typeof timelineLayout>) => l.rows.find((r) => r.key === "python")!.bar!.width / (l.endX - l.todayX);
    expect(share(slow)).toBeCloseTo(share(fast), 1);
  });

  it("puts done items in a column left of today and leaves skipped ones out, counting them", () => {
    const layout = timelineLayout(input({ python: "done", docker: "skipped", sql: "doing" }, 10));
    expect(layout.doneColumn).not.toBeNull();
    const python = layout.rows.find((r) => r.key === "python")!;
    expect(python.done).toBe(true);
    expect(python.bar!.x + python.bar!.width).toBeLessThanOrEqual(layout.todayX);
    expect(layout.rows.some((r) => r.key === "docker")).toBe(false);
    expect(layout.skipped).toBe(1);
    // What is being worked on starts now.
    expect(layout.rows.find((r) => r.key === "sql")!.bar!.x).toBeCloseTo(layout.todayX);
    // Without anything done there is no done column and today is the plot's left edge.
    const fresh = timelineLayout(input({}, 10));
    expect(fresh.doneColumn).toBeNull();
    expect(fresh.todayX).toBe(fresh.labelWidth);
  });

  it("marks each phase above its items, spanning them", () => {
    const layout = timelineLayout(input({}, 10));
    const phases = layout.rows.filter((r) => r.kind === "phase");
    expect(phases.map((p) => p.phase)).toEqual(["interview-ready", "strong-candidate", "well-rounded"]);
    for (const phase of phases) {
      const items = itemRows(layout).filter((r) => r.phase === phase.phase);
      expect(items.every((item) => item.y > phase.y)).toBe(true);
      expect(phase.bar!.x).toBeCloseTo(Math.min(...items.map((i) => i.bar!.x)));
      expect(phase.bar!.x + phase.bar!.width).toBeCloseTo(Math.max(...items.map((i) => i.bar!.x + i.bar!.width)));
    }
    // Rows never overlap and the drawing is as tall as its rows.
    const tops = layout.rows.map((r) => r.y);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(layout.height).toBeGreaterThanOrEqual(layout.bottom);
  });

  it("spaces week ticks so their dates do not overlap, each a whole number of weeks from today", () => {
    for (const hoursPerWeek of [1, 3, 10, 80]) {
      const layout = timelineLayout(input({}, hoursPerWeek));
      expect(layout.ticks[0]).toMatchObject({ week: 0, date: "2026-11-30" });
      for (let i = 1; i < layout.ticks.length; i++) {
        expect(layout.ticks[i]!.x - layout.ticks[i - 1]!.x).toBeGreaterThanOrEqual(TIMELINE.minTickGap - 1e-9);
      }
    }
    // A tick says its year where the year turns, and only there.
    const long = timelineLayout(input({}, 1));
    const turns = long.ticks.filter((t) => t.newYear !== null);
    expect(turns.length).toBeGreaterThan(0);
    for (const tick of turns) expect(tick.date.startsWith(tick.newYear!)).toBe(true);
    expect(long.ticks[0]!.newYear).toBeNull();
    expect(long.ticks.filter((t, i) => i > 0 && t.date.slice(0, 4) !== long.ticks[i - 1]!.date.slice(0, 4))).toEqual(turns);
    expect(tickStep(100)).toBe(1);
    expect(tickStep(5)).toBe(26);
    // Centred date labels, the widest being Korean ("12월 31일"), fit between ticks and at the right edge.
    for (const label of ["12월 31일", "Dec 31", "May 31"]) {
      expect(textWidth(label)).toBeLessThanOrEqual(TIMELINE.minTickGap);
      expect(textWidth(label) / 2).toBeLessThanOrEqual(TIMELINE.rightPad);
    }
  });
});

describe("labels", () => {
  it("keep short names and shorten long ones, Korean included, to fit", () => {
    expect(fitLabel("SQL", 100)).toBe("SQL");
    const english = fitLabel("Distributed training and parallelism at scale", 120);
    expect(english.endsWith("…")).toBe(true);
    expect(textWidth(english)).toBeLessThanOrEqual(120);
    const korean = fitLabel("분산 학습과 대규모 병렬 처리 및 모델 서빙", 120);
    expect(korean.endsWith("…")).toBe(true);
    expect(textWidth(korean)).toBeLessThanOrEqual(120);
    // A Hangul syllable is drawn wider than a Latin letter.
    expect(textWidth("가")).toBeGreaterThan(textWidth("a"));
  });
});

describe("the schedule as rows", () => {
  it("counts weeks from 1 as people do, with start and finish dates, done items without dates, skipped ones out", () => {
    const rows = scheduleRows(input({ python: "done", docker: "skipped" }, 10));
    expect(rows.map((r) => r.skill)).toEqual(["python", "sql", "dsa", "model-serving", "mlops"]);
    expect(rows[0]).toMatchObject({ status: "done", fromWeek: null, endDate: null });
    // sql: hours 0–12 at 10 h a week, weeks 1 and 2, finished two weeks after today.
    expect(rows[1]).toMatchObject({ fromWeek: 1, toWeek: 2, startDate: "2026-11-30", endDate: "2026-12-14" });
    // dsa: hours 12–42, weeks 2 to 5.
    expect(rows[2]).toMatchObject({ fromWeek: 2, toWeek: 5, startDate: "2026-12-07", endDate: "2027-01-04" });
  });
});
