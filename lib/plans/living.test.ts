import { describe, expect, it } from "vitest";
import { buildRoadmap, type EngineSkill, type SkillBook, type TargetRole } from "@/lib/engine";
import { applyOrder, composePlanRoadmap, firstWeek, moveItem, paceForDate, planItems, remainingHours, schedulePlan, thisWeek, timeLeft, type PlanRoadmap } from "./index";

// Hand-made skills, not the catalog: the rules must hold for any data.
// base ← mid ← top (top needs mid, mid needs base); solo and extra stand alone.
const skill = (slug: string, prerequisites: string[] = [], hours = 10): EngineSkill => ({
  slug,
  name: slug,
  prerequisites,
  hoursToLevel: [hours, hours, hours, hours],
  resources: [],
});
const SKILLS = [skill("base"), skill("mid", ["base"]), skill("top", ["mid"]), skill("solo"), skill("extra"), skill("other")];
const book: SkillBook = { get: (s) => SKILLS.find((x) => x.slug === s), position: (s) => SKILLS.findIndex((x) => x.slug === s) };
const role: TargetRole = {
  slug: "hand",
  name: "Hand",
  skills: [
    { skill: "top", level: 3, weight: 3 },
    { skill: "solo", level: 2, weight: 3 },
    { skill: "other", level: 1, weight: 3 },
    { skill: "extra", level: 2, weight: 1 },
  ],
};

function plan(assessment: Record<string, number> = {}): PlanRoadmap {
  return composePlanRoadmap(buildRoadmap(role, assessment, book, { hoursPerWeek: 10 }), { storedName: (s) => s, rationale: () => undefined });
}
const skills = (roadmap: PlanRoadmap) => planItems(roadmap).map((i) => i.skill);

describe("reordering", () => {
  const roadmap = plan();
  const order = skills(roadmap);

  it("accepts a move that keeps prerequisite order and phase, and returns the whole new order", () => {
    const solo = order.indexOf("solo");
    const result = moveItem(roadmap, "solo", 0);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.order[0]).toBe("solo");
    expect(moveItem(roadmap, "solo", solo).ok).toBe(true);
  });

  it("refuses a move before an item's prerequisite or after its dependent", () => {
    const mid = order.indexOf("mid");
    const base = order.indexOf("base");
    const top = order.indexOf("top");
    expect(moveItem(roadmap, "mid", base)).toMatchObject({ ok: false, message: expect.stringContaining("needs base first") });
    expect(moveItem(roadmap, "base", mid)).toMatchObject({ ok: false, message: expect.stringContaining("mid needs base first") });
    expect(moveItem(roadmap, "mid", top)).toMatchObject({ ok: false });
  });

  it("refuses a move out of the item's phase, past the end, or of an unknown item", () => {
    expect(moveItem(roadmap, "extra", 0)).toMatchObject({ ok: false, message: expect.stringContaining("phase") });
    expect(moveItem(roadmap, "solo", order.length)).toMatchObject({ ok: false });
    expect(moveItem(roadmap, "solo", -1)).toMatchObject({ ok: false });
    expect(moveItem(roadmap, "nope", 0)).toMatchObject({ ok: false });
  });

  it("applies a chosen order, places new items after their engine neighbour and repairs broken prerequisite order", () => {
    const chosen = ["solo", "other", "base", "mid", "top", "extra"];
    expect(skills(applyOrder(roadmap, chosen))).toEqual(chosen);
    // A stale order that puts top before its prerequisites is repaired, the rest kept.
    expect(skills(applyOrder(roadmap, ["top", "solo", "mid", "base", "other", "extra"]))).toEqual(["solo", "base", "mid", "top", "other", "extra"]);
    // An order from before "other" was in the plan: other joins after its engine predecessor.
    const engine = skills(roadmap);
    const withoutOther = ["solo", "base", "mid", "top", "extra"];
    const applied = skills(applyOrder(roadmap, withoutOther));
    const before = engine[engine.indexOf("other") - 1];
    expect(applied.indexOf("other")).toBe(applied.indexOf(before!) + 1);
    expect(applyOrder(roadmap, null)).toBe(roadmap);
  });
});

describe("time left", () => {
  const roadmap = plan();

  it("leaves done and skipped items out of the remaining hours, and weeks and date follow", () => {
    const total = planItems(roadmap).reduce((s, i) => s + i.hours, 0);
    expect(remainingHours(roadmap, {})).toBe(total);
    expect(remainingHours(roadmap, { top: "doing" })).toBe(total);
    expect(remainingHours(roadmap, { top: "done", solo: "skipped" })).toBe(total - 50);
    expect(timeLeft(95, 10, "2027-01-04")).toEqual({ weeks: 10, targetDate: "2027-03-15" });
    expect(timeLeft(0, 10, "2027-01-04")).toEqual({ weeks: 0, targetDate: "2027-01-04" });
  });

  it("turns a target date into the pace it needs, refusing past dates and paces over 80 h/week", () => {
    expect(paceForDate(100, "2027-03-15", "2027-01-04")).toEqual({ ok: true, hoursPerWeek: 10 });
    expect(paceForDate(101, "2027-03-15", "2027-01-04")).toEqual({ ok: true, hoursPerWeek: 11 });
    expect(paceForDate(100, "2027-01-04", "2027-01-04")).toMatchObject({ ok: false, reason: "past" });
    expect(paceForDate(1000, "2027-01-18", "2027-01-04")).toEqual({ ok: false, reason: "too-fast", needed: 500 });
    expect(paceForDate(10, "2027-01-06", "2027-01-04")).toMatchObject({ ok: false, reason: "too-fast" });
    // The date the pace gives is never later than the one asked for.
    const pace = paceForDate(333, "2027-06-01", "2027-01-04");
    expect(pace.ok && timeLeft(333, pace.hoursPerWeek, "2027-01-04").targetDate <= "2027-06-01").toBe(true);
  });
});

describe("schedule", () => {
  const roadmap = plan();

  it("lays remaining items end to end at the plan's pace, with phase weeks and dates", () => {
    const schedule = schedulePlan(roadmap, {}, 15, "2027-01-04");
    const total = remainingHours(roadmap, {});
    expect(schedule.weeks).toBe(Math.ceil(total / 15));
    expect(schedule.items.map((s) => s.skill)).toEqual(skills(roadmap));
    let previousEnd = 0;
    for (const slot of schedule.items) {
      expect(slot.startWeek).toBeGreaterThanOrEqual(Math.floor(previousEnd));
      expect(slot.endWeek).toBeGreaterThanOrEqual(slot.startWeek);
      previousEnd = slot.endWeek - 1;
    }
    const first = schedule.items[0]!;
    // solo (20 h) then other (10 h) at 15 h/week: solo takes this week and part of the next.
    expect(first).toMatchObject({ skill: "solo", startWeek: 0, startDate: "2027-01-04", hoursThisWeek: 15, endWeek: 2, endDate: "2027-01-18" });
    expect(schedule.items[1]).toMatchObject({ skill: "other", startWeek: 1, endWeek: 2, hoursThisWeek: 0 });
    expect(thisWeek(schedule).map((s) => s.skill)).toEqual(["solo"]);
    expect(schedule.phases.at(-1)!.endWeek).toBe(schedule.weeks);
    expect(schedule.phases.reduce((s, p) => s + p.hours, 0)).toBe(total);
    expect(schedule.endDate).toBe(timeLeft(total, 15, "2027-01-04").targetDate);
  });

  it("takes no time for done or skipped items and puts items in progress first", () => {
    const order = skills(roadmap);
    const last = order.at(-1)!;
    const schedule = schedulePlan(roadmap, { [order[0]!]: "done", [order[1]!]: "skipped", [last]: "doing" }, 10, "2027-01-04");
    expect(schedule.items.map((s) => s.skill)).not.toContain(order[0]);
    expect(schedule.items.map((s) => s.skill)).not.toContain(order[1]);
    expect(schedule.items[0]!.skill).toBe(last);
    expect(thisWeek(schedule).map((s) => s.skill)).toEqual([last]);
  });

  it("answers this week alone as the whole schedule does, at any pace and with any statuses", () => {
    const order = planItems(roadmap).map((i) => i.skill);
    const statusSets = [{}, { [order[0]!]: "done" as const }, { [order[1]!]: "skipped" as const, [order.at(-1)!]: "doing" as const }];
    for (const statuses of statusSets) {
      for (const pace of [1, 3, 10, 15, 40, 200]) {
        const whole = thisWeek(schedulePlan(roadmap, statuses, pace, "2027-01-04")).map(({ skill, hoursThisWeek }) => ({ skill, hoursThisWeek }));
        expect(whole.length).toBeGreaterThan(0);
        expect(firstWeek(roadmap, statuses, pace)).toEqual(whole);
      }
    }
    expect(() => firstWeek(roadmap, {}, 0)).toThrow(RangeError);
  });

  it("refuses a pace of zero", () => {
    expect(() => schedulePlan(roadmap, {}, 0, "2027-01-04")).toThrow(RangeError);
  });
});
