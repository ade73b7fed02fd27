import { describe, expect, it } from "vitest";
import { buildRoadmap, computeFit, computeGap, phaseMilestone, prerequisiteLevel, rankRoles, unratedSkills } from "./index";
import type { EngineSkill, Roadmap, SkillBook, TargetRole } from "./types";

const skill = (slug: string, prerequisites: string[] = [], hours = 10): EngineSkill => ({
  slug,
  name: slug.toUpperCase(),
  prerequisites,
  hoursToLevel: [hours, hours * 2, hours * 4, hours * 8],
  resources: [{ title: `${slug} docs`, url: `https://example.org/${slug}` }],
});

// a ← b ← c (c needs b, b needs a); d stands alone; e needs d.
const SKILLS = [skill("a"), skill("b", ["a"]), skill("c", ["b"]), skill("d"), skill("e", ["d"])];
const book: SkillBook = {
  get: (slug) => SKILLS.find((s) => s.slug === slug),
  position: (slug) => SKILLS.findIndex((s) => s.slug === slug),
};

const role: TargetRole = {
  slug: "target",
  name: "Target",
  skills: [
    { skill: "c", level: 3, weight: 3 },
    { skill: "d", level: 2, weight: 2 },
    { skill: "e", level: 2, weight: 1 },
    { skill: "a", level: 1, weight: 1 },
  ],
};

function allItems(roadmap: Roadmap) {
  return roadmap.phases.flatMap((phase) => phase.items);
}

describe("computeFit", () => {
  it("is 0 for an empty assessment", () => {
    expect(computeFit(role, {})).toBe(0);
  });

  it("is 100 when every level is met", () => {
    expect(computeFit(role, { c: 3, d: 2, e: 2, a: 1 })).toBe(100);
  });

  it("counts over-qualification only up to the required level", () => {
    // Σw·need = 9+4+2+1 = 16; have c=4 (counts 3), nothing else → 9/16 = 56.25 → 56.3
    expect(computeFit(role, { c: 4 })).toBe(56.3);
    expect(computeFit(role, { c: 4, d: 4, e: 4, a: 4 })).toBe(100);
  });

  it("rounds to one decimal as the contract says", () => {
    // (3·1 + 2·1) / 16 = 31.25 → 31.3
    expect(computeFit(role, { c: 1, d: 1 })).toBe(31.3);
  });

  it("ignores skills the role does not list", () => {
    expect(computeFit(role, { b: 4 })).toBe(0);
  });
});

describe("computeGap", () => {
  it("lists gaps by priority, ties in catalog order, and met skills separately", () => {
    const report = computeGap(role, { c: 1, a: 2 }, book);
    expect(report.target).toBe("target");
    expect(report.met).toEqual(["a"]);
    expect(report.gaps).toEqual([
      { skill: "c", have: 1, need: 3, weight: 3, priority: 6 },
      { skill: "d", have: 0, need: 2, weight: 2, priority: 4 },
      { skill: "e", have: 0, need: 2, weight: 1, priority: 2 },
    ]);
  });

  it("breaks equal priorities by catalog position, not by role order", () => {
    const tie: TargetRole = {
      slug: "tie",
      name: "Tie",
      skills: [
        { skill: "e", level: 2, weight: 1 },
        { skill: "a", level: 2, weight: 1 },
      ],
    };
    expect(computeGap(tie, {}, book).gaps.map((g) => g.skill)).toEqual(["a", "e"]);
  });
});

describe("unrated skills", () => {
  it("lists the role's skills the assessment leaves out, and not those rated 0", () => {
    expect(unratedSkills(role, { c: 0, d: 2 }, book)).toEqual(["a", "e"]);
    const report = computeGap(role, { c: 0 }, book);
    expect(report.unrated).toEqual(["a", "d", "e"]);
    // Still 0 in the formula: unrated changes what we say, not the fit.
    expect(report.fit).toBe(computeFit(role, { c: 0 }));
    expect(computeGap(role, { a: 1, c: 1, d: 1, e: 0 }, book).unrated).toEqual([]);
  });
});

describe("rankRoles", () => {
  it("sorts by fit, highest first, keeping the given order on ties", () => {
    const other: TargetRole = { slug: "other", name: "Other", skills: [{ skill: "d", level: 1, weight: 1 }] };
    const same: TargetRole = { slug: "same", name: "Same", skills: [{ skill: "d", level: 1, weight: 2 }] };
    expect(rankRoles([role, other, same], { d: 1 })).toEqual([
      { slug: "other", name: "Other", fit: 100 },
      { slug: "same", name: "Same", fit: 100 },
      { slug: "target", name: "Target", fit: 12.5 },
    ]);
  });
});

describe("buildRoadmap", () => {
  const options = { hoursPerWeek: 10 };

  it("contains every gap exactly once and nothing already met", () => {
    const roadmap = buildRoadmap(role, { a: 1 }, book, options);
    const skills = allItems(roadmap).map((i) => i.skill);
    for (const gap of computeGap(role, { a: 1 }, book).gaps) {
      expect(skills.filter((s) => s === gap.skill)).toHaveLength(1);
    }
    expect(new Set(skills).size).toBe(skills.length);
    expect(allItems(roadmap).every((i) => i.from < i.to)).toBe(true);
  });

  it("pulls in a prerequisite below the level the dependent skill needs", () => {
    // c needs 3 → b needs 2 → a needs 1; b is not in the role at all.
    const items = allItems(buildRoadmap(role, {}, book, options));
    const b = items.find((i) => i.skill === "b");
    expect(b).toMatchObject({ from: 0, to: 2, reason: "prerequisite", weight: 0 });
    expect(items.find((i) => i.skill === "a")).toMatchObject({ to: 1, reason: "gap" });
    expect(prerequisiteLevel(1)).toBe(0);
    expect(prerequisiteLevel(4)).toBe(3);
  });

  it("does not pull in a prerequisite that is already high enough", () => {
    const items = allItems(buildRoadmap(role, { b: 2, a: 1 }, book, options));
    expect(items.map((i) => i.skill)).not.toContain("b");
  });

  it("never places an item before one of its prerequisites, even through a met skill", () => {
    // b is met, so a (a role gap) and c both remain; a must still come before c.
    const chain: TargetRole = {
      slug: "chain",
      name: "Chain",
      skills: [
        { skill: "c", level: 2, weight: 3 },
        { skill: "a", level: 3, weight: 1 },
      ],
    };
    const order = allItems(buildRoadmap(chain, { b: 4 }, book, options)).map((i) => i.skill);
    expect(order.indexOf("a")).toBeLessThan(order.indexOf("c"));
    const assessments: Record<string, number>[] = [{}, { a: 2 }, { d: 1, e: 1 }, { c: 2 }];
    for (const assessment of assessments) {
      const items = allItems(buildRoadmap(role, assessment, book, options));
      const position = new Map(items.map((item, index) => [item.skill, index]));
      for (const item of items) {
        for (const prerequisite of book.get(item.skill)!.prerequisites) {
          if (position.has(prerequisite)) expect(position.get(prerequisite)!).toBeLessThan(position.get(item.skill)!);
        }
      }
    }
  });

  it("orders phases by what they get you: core path, then important, then the rest", () => {
    const roadmap = buildRoadmap(role, {}, book, options);
    expect(roadmap.phases.map((p) => p.key)).toEqual(["interview-ready", "strong-candidate", "well-rounded"]);
    const phaseOf = (s: string) => roadmap.phases.find((p) => p.items.some((i) => i.skill === s))!.key;
    expect(phaseOf("c")).toBe("interview-ready"); // weight 3
    expect(phaseOf("b")).toBe("interview-ready"); // c needs it
    expect(phaseOf("a")).toBe("interview-ready"); // nice-to-have, but c needs it through b
    expect(phaseOf("d")).toBe("strong-candidate"); // weight 2 (e needs it, but e is only nice-to-have)
    expect(phaseOf("e")).toBe("well-rounded"); // weight 1
    for (const phase of roadmap.phases) expect(phase.outcome.length).toBeGreaterThan(20);
  });

  it("never puts a nice-to-have before a core item it is not needed for", () => {
    // n is a nice-to-have with nothing depending on it; k is core. Even when n's priority is
    // higher (more levels missing) and it comes first in the catalog, k goes first.
    const skills = [skill("n", [], 1), skill("k", [], 50), skill("p", [], 5), skill("q", ["p"], 5)];
    const small: SkillBook = { get: (s) => skills.find((x) => x.slug === s), position: (s) => skills.findIndex((x) => x.slug === s) };
    const hand: TargetRole = {
      slug: "hand",
      name: "Hand",
      skills: [
        { skill: "n", level: 4, weight: 1 },
        { skill: "k", level: 1, weight: 3 },
        { skill: "q", level: 2, weight: 3 },
        { skill: "p", level: 2, weight: 1 },
      ],
    };
    const items = allItems(buildRoadmap(hand, {}, small, options));
    const order = items.map((i) => i.skill);
    const weightOf = new Map(hand.skills.map((r) => [r.skill, r.weight]));
    for (const [index, item] of items.entries()) {
      if (weightOf.get(item.skill) !== 1) continue;
      const laterCore = items.slice(index + 1).filter((other) => weightOf.get(other.skill) === 3);
      // Every core item after a nice-to-have must need it.
      for (const core of laterCore) expect(item.unlocks, `${item.skill} before ${core.skill}`).toContain(core.skill);
    }
    expect(order.indexOf("k")).toBeLessThan(order.indexOf("n"));
    expect(order.indexOf("p")).toBeLessThan(order.indexOf("q")); // p is needed for core q
  });

  it("maps a role's projects onto phases and words generic ones otherwise", () => {
    const milestones = { foundations: "F", core: "C", specialisation: "S" };
    expect(buildRoadmap(role, {}, book, { ...options, milestones }).phases.map((p) => p.milestone)).toEqual([
      "C",
      "S",
      expect.stringContaining("E"),
    ]);
    expect(phaseMilestone("interview-ready", milestones)).toBe("C");
    expect(phaseMilestone("well-rounded", milestones)).toBeUndefined();
    expect(buildRoadmap(role, {}, book, options).phases[0]!.milestone).toContain("C");
  });

  it("sums hours from the catalog and turns them into weeks", () => {
    const roadmap = buildRoadmap(role, {}, book, { hoursPerWeek: 7 });
    // c 0→3: 10+20+40, b 0→2: 30, a 0→1: 10, d 0→2: 30, e 0→2: 30
    expect(roadmap.totalHours).toBe(170);
    expect(roadmap.weeks).toBe(Math.ceil(170 / 7));
    expect(roadmap.phases.reduce((sum, p) => sum + p.weeks, 0)).toBe(roadmap.weeks);
    expect(roadmap.phases.reduce((sum, p) => sum + p.hours, 0)).toBe(170);
    expect(roadmap.phases.at(-1)!.endWeek).toBe(roadmap.weeks);
  });

  it("gives target dates from a start date", () => {
    const roadmap = buildRoadmap(role, {}, book, { hoursPerWeek: 10, startDate: "2026-01-05" });
    expect(roadmap.weeks).toBe(17);
    expect(roadmap.targetDate).toBe("2026-05-04");
    expect(roadmap.phases.at(-1)!.targetDate).toBe("2026-05-04");
    expect(buildRoadmap(role, {}, book, options).targetDate).toBeUndefined();
  });

  it("is empty with zero weeks when every level is met", () => {
    const roadmap = buildRoadmap(role, { a: 4, b: 4, c: 4, d: 4, e: 4 }, book, options);
    expect(roadmap).toMatchObject({ fit: 100, totalHours: 0, weeks: 0, phases: [] });
  });

  it("is deterministic", () => {
    const first = buildRoadmap(role, { d: 1 }, book, { hoursPerWeek: 5, startDate: "2026-03-01" });
    const again = buildRoadmap(role, { d: 1 }, book, { hoursPerWeek: 5, startDate: "2026-03-01" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});
