import { describe, expect, it } from "vitest";
import { getRole } from "@/lib/catalog";
import { catalogBook, roleAsTarget } from "@/lib/catalog/book";
import { buildRoadmap, computeFit, phaseMilestone } from "@/lib/engine";
import { compareRoles, roleAsAssessment } from "./compare";

const ds = getRole("data-scientist")!;
const mle = getRole("ml-engineer")!;

describe("compareRoles", () => {
  const diff = compareRoles(ds, mle);

  it("splits the union of both roles' skills into grow, less and same, each skill once", () => {
    const all = [...diff.grow, ...diff.less, ...diff.same].map((c) => c.skill);
    const union = new Set([...ds.skills, ...mle.skills].map((rs) => rs.skill));
    expect(new Set(all)).toEqual(union);
    expect(all).toHaveLength(union.size);
  });

  it("reads levels a role does not list as 0 and computes the delta", () => {
    const serving = diff.grow.find((c) => c.skill === "model-serving")!;
    expect(serving).toMatchObject({ from: 1, to: 3, delta: 2, weight: 3, name: "Model serving" });
    const design = diff.grow.find((c) => c.skill === "software-design")!;
    expect(design).toMatchObject({ from: 2, to: 3, delta: 1 });
    const stats = diff.less.find((c) => c.skill === "statistics")!;
    expect(stats).toMatchObject({ from: 4, to: 2, delta: -2, weight: 1 });
    const cleaning = diff.less.find((c) => c.skill === "data-cleaning")!;
    expect(cleaning).toMatchObject({ from: 3, to: 0, delta: -3, weight: 0 });
  });

  it("keeps every change on the side its delta says", () => {
    expect(diff.grow.every((c) => c.delta > 0 && c.to > c.from)).toBe(true);
    expect(diff.less.every((c) => c.delta < 0)).toBe(true);
    expect(diff.same.every((c) => c.delta === 0 && c.from > 0)).toBe(true);
  });

  it("orders growth by weighted size, most important first", () => {
    const scores = diff.grow.map((c) => c.weight * c.delta);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBe(9);
    expect(diff.grow.filter((c) => c.weight * c.delta === 9).map((c) => c.skill)).toContain("system-design");
  });

  it("is empty on the grow and less side for a role compared with itself", () => {
    const self = compareRoles(mle, mle);
    expect(self.grow).toEqual([]);
    expect(self.less).toEqual([]);
    expect(self.same).toHaveLength(mle.skills.length);
  });
});

describe("roleAsAssessment", () => {
  it("fits its own role fully and feeds the roadmap the transition's gaps", () => {
    expect(computeFit(roleAsTarget(ds), roleAsAssessment(ds))).toBe(100);
    const roadmap = buildRoadmap(roleAsTarget(mle), roleAsAssessment(ds), catalogBook, { hoursPerWeek: 10, milestones: mle.milestones });
    const items = roadmap.phases.flatMap((p) => p.items);
    const gapSkills = compareRoles(ds, mle).grow.map((c) => c.skill);
    for (const skill of gapSkills) expect(items.map((i) => i.skill)).toContain(skill);
    expect(roadmap.phases[0]!.milestone).toBe(phaseMilestone(roadmap.phases[0]!.key, mle.milestones));
  });
});
