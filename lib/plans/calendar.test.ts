import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { PhaseKey } from "@/lib/engine";
import { eventUid, planCalendar, weeklyFocus, type CalendarPlan, type CalendarWords } from "./calendar";
import { schedulePlan } from "./schedule";
import type { ItemStatus } from "./types";

const words: CalendarWords = {
  calendarName: (plan) => `Waypoint: ${plan}`,
  phaseSummary: (phase, plan) => `${phase}: ${plan}`,
  phaseDescription: (outcome, items) => `${outcome}\n\nItems:\n${items}`,
  weekSummary: (week, items) => `Week ${week}: ${items}`,
  weekDescription: (plan, perWeek, items) => `This week of ${plan}, ${perWeek} h:\n${items}`,
  itemLine: (name, hours) => `${name}: ${hours} h`,
  more: (count) => `and ${count} more`,
};

function plan(statuses: Record<string, ItemStatus> = {}, title = "데이터 과학자에서 ML 엔지니어로, 주말마다; 백슬래시 \\ 포함\n두 번째 줄"): CalendarPlan {
  const phases: { key: PhaseKey; items: [string, string, number][] }[] = [
    { key: "interview-ready", items: [["python", "파이썬 (Python) 프로그래밍과 소프트웨어 공학 기초", 20], ["sql", "SQL", 12]] },
    { key: "strong-candidate", items: [["model-serving", "모델 서빙과 추론 최적화, 배포 파이프라인", 40], ["docker", "Docker", 8]] },
    { key: "well-rounded", items: [["mlops", "MLOps", 24]] },
  ];
  return {
    id: "plan-123",
    title,
    hoursPerWeek: 10,
    phases: phases.map((p) => ({
      key: p.key,
      title: p.key,
      outcome: `Outcome of ${p.key}`,
      items: p.items.map(([skill, name, hours]) => ({ skill, name, hours, status: statuses[skill] ?? "todo" })),
    })),
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

const NOW = new Date("2026-11-30T14:05:09Z");

describe("the plan's calendar file", () => {
  const text = planCalendar(plan(), { startDate: "2026-11-30", now: NOW, words, language: "ko" });

  it("is an RFC 5545 calendar a real parser reads, with its header properties", () => {
    const { calendar } = parse(text);
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Waypoint/);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    // The calendar's name is one line, escaped like any text (ical-generator leaves it raw).
    // (ical.js reads X- properties raw, so the escaped line itself is checked.)
    expect(text.replace(/\r\n /g, "")).toContain("\r\nX-WR-CALNAME:Waypoint: 데이터 과학자에서 ML 엔지니어로\\, 주말마다\\; 백슬래시 \\\\ 포함 두 번째 줄\r\n");
  });

  it("folds every line at 75 octets with CRLF, never inside a Korean character", () => {
    const lines = text.split("\r\n");
    expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    // No bare LF: every line break is CRLF.
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
    // Unfolded, the Korean title comes back whole (a split character would turn into U+FFFD).
    const { events } = parse(text);
    expect(events[0]!.summary).toBe("interview-ready: 데이터 과학자에서 ML 엔지니어로, 주말마다; 백슬래시 \\ 포함\n두 번째 줄");
    expect(text).not.toContain("\uFFFD");
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const summary = text.split("\r\n").find((line) => line.startsWith("SUMMARY:"))!;
    expect(summary).toContain("\\,");
    expect(text.replace(/\r\n /g, "")).toContain("주말마다\\; 백슬래시 \\\\ 포함\\n두 번째 줄");
  });

  it("has one all-day event per phase and one per week of work, with UIDs and a UTC DTSTAMP", () => {
    const { events } = parse(text);
    const schedule = schedulePlan(plan(), {}, 10, "2026-11-30");
    const phaseEvents = events.filter((e) => e.uid.includes("-phase-"));
    const weekEvents = events.filter((e) => e.uid.includes("-week-"));
    expect(phaseEvents.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual(schedule.phases.map((p) => [p.startDate, p.endDate]));
    expect(weekEvents).toHaveLength(schedule.weeks);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
    }
    expect(weekEvents[0]!.startDate.toString()).toBe("2026-11-30");
    expect(weekEvents[0]!.endDate.toString()).toBe("2026-12-07");
    expect(weekEvents[0]!.summary.startsWith("Week 1: ")).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.map((e) => e.uid)).toContain(eventUid("plan-123", "week", 0));
    expect(text).toMatch(/\r\nDTSTAMP:20261130T140509Z\r\n/);
    expect(text).toContain("DTSTART;VALUE=DATE:20261130\r\n");
  });

  it("keeps the same UIDs when downloaded again later, so calendars update rather than duplicate", () => {
    const again = planCalendar(plan(), { startDate: "2026-11-30", now: new Date("2026-12-01T08:00:00Z"), words });
    expect(parse(again).events.map((e) => e.uid)).toEqual(parse(text).events.map((e) => e.uid));
  });

  it("follows progress and pace: done and skipped items take no week, and the weeks start from the given day", () => {
    const progressed = plan({ python: "done", docker: "skipped", mlops: "doing" });
    const out = planCalendar(progressed, { startDate: "2027-01-04", now: NOW, words });
    const { events } = parse(out);
    const weekEvents = events.filter((e) => e.uid.includes("-week-"));
    expect(weekEvents[0]!.startDate.toString()).toBe("2027-01-04");
    // What is being worked on comes first.
    expect(weekEvents[0]!.summary).toContain("MLOps");
    const described = weekEvents.map((e) => e.description).join("\n");
    expect(described).not.toContain("파이썬");
    expect(described).not.toContain("Docker");
    // 12 + 40 + 24 hours at 10 a week: 8 weeks.
    expect(weekEvents).toHaveLength(8);
  });
});

describe("each week's focus", () => {
  it("splits items across weeks at the pace, every hour counted once", () => {
    const p = plan();
    const schedule = schedulePlan(p, {}, 10, "2026-11-30");
    const hours = new Map(p.phases.flatMap((ph) => ph.items.map((i) => [i.skill, i.hours] as const)));
    const weeks = weeklyFocus(schedule, (skill) => hours.get(skill)!);
    expect(weeks.map((w) => w.week)).toEqual([...Array(schedule.weeks).keys()]);
    for (const week of weeks.slice(0, -1)) expect(week.items.reduce((sum, i) => sum + i.hours, 0)).toBe(10);
    expect(weeks.flatMap((w) => w.items).reduce((sum, i) => sum + i.hours, 0)).toBe(104);
    // Python (20 h) fills weeks 1 and 2; SQL starts in week 3.
    expect(weeks[0]!.items).toEqual([{ skill: "python", hours: 10 }]);
    expect(weeks[2]!.items).toEqual([{ skill: "sql", hours: 10 }]);
    expect(weeks[3]!.items).toEqual([{ skill: "sql", hours: 2 }, { skill: "model-serving", hours: 8 }]);
  });
});
