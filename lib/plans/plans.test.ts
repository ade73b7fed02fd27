import { describe, expect, it } from "vitest";
import { getRole, getSkill } from "@/lib/catalog";
import { catalogBook, roleAsTarget } from "@/lib/catalog/engine";
import { currentCatalogSnapshot } from "@/lib/catalog/snapshot";
import { buildRoadmap } from "@/lib/engine";
import {
  assessmentStamp,
  carryOver,
  composePlanRoadmap,
  diffCatalogForPlan,
  isOutOfDate,
  planItems,
  planProgress,
  planToMarkdown,
  type PlanRoadmap,
} from "./index";

const mlEngineer = getRole("ml-engineer")!;
const naming = {
  skillName: (slug: string) => getSkill(slug)?.name ?? slug,
  rationale: (slug: string) => mlEngineer.skills.find((s) => s.skill === slug)?.rationale,
};

/** A data scientist rated at their role's typical levels. */
const dataScientist = Object.fromEntries(getRole("data-scientist")!.skills.map((s) => [s.skill, s.level]));

function plan(assessment: Record<string, number>): PlanRoadmap {
  const roadmap = buildRoadmap(roleAsTarget(mlEngineer), assessment, catalogBook, {
    hoursPerWeek: 8,
    startDate: "2026-12-01",
    milestones: mlEngineer.milestones,
  });
  return composePlanRoadmap(roadmap, naming);
}

describe("a data scientist's plan to ML engineer", () => {
  const roadmap = plan(dataScientist);
  const order = planItems(roadmap).map((i) => i.skill);

  it("puts software engineering before the production items that depend on it", () => {
    expect(order.indexOf("software-design")).toBeLessThan(order.indexOf("system-design"));
    expect(order.indexOf("api-development")).toBeLessThan(order.indexOf("model-serving"));
    expect(order.indexOf("model-serving")).toBeLessThan(order.indexOf("mlops"));
    expect(order.indexOf("testing-ci")).toBeLessThan(order.indexOf("mlops"));
  });

  it("keeps names and a reason with every item", () => {
    for (const item of planItems(roadmap)) {
      expect(item.name).toBe(getSkill(item.skill)!.name);
      expect(item.why.length).toBeGreaterThan(10);
    }
    const api = planItems(roadmap).find((i) => i.skill === "api-development")!;
    expect(api.why).toContain(`Needed before ${getSkill("system-design")!.name}`);
  });
});

describe("living plans", () => {
  it("stamps only levels above zero, in a stable order", () => {
    expect(assessmentStamp({ sql: 2, python: 3, mathematics: 0 })).toBe("python=3,sql=2");
    expect(isOutOfDate("python=3,sql=2", { sql: 2, python: 3 })).toBe(false);
    expect(isOutOfDate("python=3,sql=2", { sql: 3, python: 3 })).toBe(true);
  });

  it("keeps statuses of remaining items and counts newly met items as done", () => {
    const before = plan(dataScientist);
    const statuses = { "software-design": "doing", "testing-ci": "done", "model-serving": "todo" } as const;
    const raised = { ...dataScientist, "testing-ci": 3 };
    const result = carryOver(before, plan(raised), statuses, raised, new Date("2026-12-05T00:00:00Z"));
    expect(planItems(result.roadmap).map((i) => i.skill)).not.toContain("testing-ci");
    expect(result.nowMet.map((m) => m.skill)).toEqual(["testing-ci"]);
    expect(result.roadmap.met).toHaveLength(1);
    expect(result.statuses).toEqual({ "software-design": "doing", "model-serving": "todo" });
    // Catalog 2026 lists every prerequisite in the ML-engineer profile itself, so nothing here
    // was only a prerequisite of testing-ci.
    expect(result.noLongerNeeded).toEqual([]);
  });

  it("lets go of an item the role no longer asks for without calling it met", () => {
    const before = plan(dataScientist);
    const next = { ...before, phases: before.phases.map((p) => ({ ...p, items: p.items.filter((i) => i.skill !== "mlops") })) };
    const result = carryOver(before, next, { mlops: "doing" }, dataScientist, new Date());
    expect(result.noLongerNeeded).toEqual(["mlops"]);
    expect(result.nowMet).toEqual([]);
    expect(result.statuses).toEqual({});
  });

  it("measures progress by hours, met items included", () => {
    const roadmap = plan(dataScientist);
    const items = planItems(roadmap);
    expect(planProgress(roadmap, {})).toEqual({ done: 0, total: items.length, percent: 0 });
    const all = Object.fromEntries(items.map((i) => [i.skill, "done" as const]));
    expect(planProgress(roadmap, all).percent).toBe(100);
    const first = items[0]!;
    const total = items.reduce((s, i) => s + i.hours, 0);
    expect(planProgress(roadmap, { [first.skill]: "done" }).percent).toBe(Math.round((1000 * first.hours) / total) / 10);
  });
});

describe("catalog changes", () => {
  it("names renamed and removed skills and changed requirements that touch the plan", () => {
    const now = currentCatalogSnapshot();
    const before = structuredClone(now);
    before.skills["model-serving"] = { name: "Serving models" };
    before.roles["ml-engineer"]!.skills["mlops"] = { level: 2, weight: 2 };
    delete before.roles["ml-engineer"]!.skills["python"];
    before.skills["old-skill"] = { name: "Old skill" };
    before.roles["ml-engineer"]!.skills["old-skill"] = { level: 2, weight: 1 };
    const changes = diffCatalogForPlan(before, now, "ml-engineer", ["model-serving", "old-skill", "mlops"]);
    expect(changes.map((c) => c.kind).sort()).toEqual(
      ["requirement-added", "requirement-changed", "requirement-removed", "skill-removed", "skill-renamed"].sort(),
    );
    expect(changes.find((c) => c.kind === "skill-renamed")!.message).toContain("Serving models");
    expect(diffCatalogForPlan(now, now, "ml-engineer", ["mlops"])).toEqual([]);
  });
});

describe("markdown export", () => {
  it("lists every phase, item, status and milestone, with text neutralised", () => {
    const roadmap = plan(dataScientist);
    const first = planItems(roadmap)[0]!;
    const markdown = planToMarkdown({
      title: "DS → MLE <script>",
      targetName: "ML engineer",
      hoursPerWeek: 8,
      startDate: "2026-12-01",
      roadmap,
      statuses: { [first.skill]: "done" },
      progress: planProgress(roadmap, { [first.skill]: "done" }),
    });
    expect(markdown).toContain("# DS → MLE \\<script\\>");
    for (const phase of roadmap.phases) expect(markdown).toContain(`## ${phase.title}`);
    expect(markdown).toContain(`- [x] **${first.name}**`);
    expect(markdown).toContain(mlEngineer.milestones.core);
  });
});
