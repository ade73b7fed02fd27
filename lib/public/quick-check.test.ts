import { describe, expect, it } from "vitest";
import { getSkill, isSkillSlug, roles } from "@/lib/catalog";
import { computeGap, rankRoles } from "@/lib/engine";
import { catalogBook } from "@/lib/catalog/book";
import { QUICK_CHECK_SKILLS, quickAssessment, quickTargetFor, quickTargetGap, quickTargets } from "./quick-check";

describe("quick-check skills", () => {
  it("are 10 to 12 distinct catalog skills", () => {
    expect(QUICK_CHECK_SKILLS.length).toBeGreaterThanOrEqual(10);
    expect(QUICK_CHECK_SKILLS.length).toBeLessThanOrEqual(12);
    expect(new Set(QUICK_CHECK_SKILLS).size).toBe(QUICK_CHECK_SKILLS.length);
    for (const slug of QUICK_CHECK_SKILLS) expect(isSkillSlug(slug), slug).toBe(true);
  });

  it("cover at least three important or core skills of every role", () => {
    for (const role of roles) {
      const covered = role.skills.filter((rs) => rs.weight >= 2 && (QUICK_CHECK_SKILLS as readonly string[]).includes(rs.skill));
      expect(covered.length, role.slug).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("quick targets", () => {
  it("keep only quick-check skills with the role's own levels and weights", () => {
    const de = quickTargetFor("data-engineer")!;
    expect(de.skills.map((s) => s.skill)).toEqual(["data-ingestion-etl", "sql", "python", "classical-ml", "software-design", "distributed-systems"]);
    expect(de.skills[1]).toEqual({ skill: "sql", level: 4, weight: 3 });
    expect(quickTargetFor("nope")).toBeUndefined();
  });

  it("rank a data profile above a hardware profile for data roles", () => {
    const ranking = rankRoles(quickTargets, { sql: 4, "data-ingestion-etl": 4, python: 3, statistics: 2 });
    expect(ranking[0]!.slug).toBe("data-engineer");
    expect(ranking.at(-1)!.slug).not.toMatch(/^data-/);
    expect(ranking).toHaveLength(8);
  });

  it("give 100 with every skill at expert and gaps only among rated skills", () => {
    const all = Object.fromEntries(QUICK_CHECK_SKILLS.map((s) => [s, 4]));
    expect(rankRoles(quickTargets, all).every((r) => r.fit === 100)).toBe(true);
    const gaps = computeGap(quickTargetFor("ml-engineer")!, {}, catalogBook).gaps;
    expect(gaps.every((g) => (QUICK_CHECK_SKILLS as readonly string[]).includes(g.skill))).toBe(true);
  });

  it("read an assessment as exactly the quick-check skills, missing ones as 0", () => {
    const read = quickAssessment({ python: 3, "ml-theory": 4 });
    expect(Object.keys(read)).toEqual([...QUICK_CHECK_SKILLS]);
    expect(read.python).toBe(3);
    expect(read.sql).toBe(0);
  });
});

describe("quick check with a target", () => {
  const role = roles.find((r) => r.skills.filter((rs) => (QUICK_CHECK_SKILLS as readonly string[]).includes(rs.skill)).length >= 3)!;
  const asked = role.skills.filter((rs) => (QUICK_CHECK_SKILLS as readonly string[]).includes(rs.skill));

  it("lists every missing level of the wanted role with the catalog's hours, and weeks at the pace", () => {
    const gap = quickTargetGap(role.slug, {}, 10)!;
    expect(gap.gaps.map((g) => g.skill).sort()).toEqual(asked.map((rs) => rs.skill).sort());
    for (const row of gap.gaps) {
      const hours = getSkill(row.skill)!.hoursToLevel.slice(row.have, row.need).reduce((a, b) => a + b, 0);
      expect(row.hours, row.skill).toBe(hours);
    }
    expect(gap.totalHours).toBe(gap.gaps.reduce((sum, g) => sum + g.hours, 0));
    expect(gap.weeks).toBe(Math.ceil(gap.totalHours / 10));
    expect(gap.notAsked).toBe(role.skills.length - asked.length);
  });

  it("shrinks as ratings rise and is empty when every asked level is met", () => {
    const first = asked[0]!;
    const none = quickTargetGap(role.slug, {})!;
    const some = quickTargetGap(role.slug, { [first.skill]: first.level })!;
    expect(some.totalHours).toBeLessThan(none.totalHours);
    expect(some.met).toContain(first.skill);
    const all = quickTargetGap(role.slug, Object.fromEntries(asked.map((rs) => [rs.skill, rs.level])))!;
    expect(all.gaps).toEqual([]);
    expect(all.weeks).toBe(0);
    expect(all.fit).toBe(100);
  });

  it("gives more weeks at a slower pace and knows no unknown role", () => {
    const fast = quickTargetGap(role.slug, {}, 20)!;
    const slow = quickTargetGap(role.slug, {}, 5)!;
    expect(slow.weeks).toBeGreaterThanOrEqual(fast.weeks);
    expect(quickTargetGap("astronaut", {})).toBeUndefined();
  });
});
