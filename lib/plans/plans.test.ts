import { describe, expect, it } from "vitest";
import { getRole, getSkill } from "@/lib/catalog";
import { catalogBook, roleAsTarget } from "@/lib/catalog/book";
import { currentCatalogSnapshot } from "@/lib/catalog/snapshot";
import { buildRoadmap } from "@/lib/engine";
import {
  appendChanges,
  composePlanRoadmap,
  recentChanges,
  diffCatalogForPlan,
  followPlan,
  planItems,
  planProgress,
  planStamp,
  planToMarkdown,
  type PlanRoadmap,
} from "./index";

const mlEngineer = getRole("ml-engineer")!;
const naming = {
  storedName: (slug: string) => getSkill(slug)?.name ?? slug,
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
  it("stamps levels above zero and the target's requirements, in a stable order", () => {
    const requirements = [{ skill: "sql", level: 3, weight: 3 }];
    expect(planStamp(requirements, { sql: 2, python: 3, mathematics: 0 })).toBe(planStamp(requirements, { python: 3, sql: 2 }));
    expect(planStamp(requirements, { sql: 3, python: 3 })).not.toBe(planStamp(requirements, { sql: 2, python: 3 }));
    expect(planStamp([{ skill: "sql", level: 4, weight: 3 }], { sql: 2 })).not.toBe(planStamp(requirements, { sql: 2 }));
  });

  it("keeps statuses of remaining items, counts newly met items as done and says what moved", () => {
    const before = plan(dataScientist);
    const statuses = { "software-design": "doing", "testing-ci": "done", "model-serving": "skipped" } as const;
    const raised = { ...dataScientist, "testing-ci": 3 };
    const result = followPlan({ previous: before, next: plan(raised), statuses, order: null, assessment: raised, now: new Date("2026-12-05T00:00:00Z") });
    expect(planItems(result.roadmap).map((i) => i.skill)).not.toContain("testing-ci");
    expect(result.roadmap.met.map((m) => m.skill)).toEqual(["testing-ci"]);
    expect(result.statuses).toEqual({ "software-design": "doing", "model-serving": "skipped" });
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: "met", skill: "testing-ci", at: "2026-12-05T00:00:00.000Z" }));
    // Catalog 2026 lists every prerequisite in the ML-engineer profile itself, so nothing here
    // was only a prerequisite of testing-ci: nothing else leaves the plan.
    expect(result.changes.filter((c) => c.kind === "dropped")).toEqual([]);
    expect(result.roadmap.startFit).toBe(before.fit);
    expect(result.roadmap.fit).toBeGreaterThan(before.fit);
  });

  it("keeps the person's order through a rebuild and adds new items where the engine puts them", () => {
    const before = plan(dataScientist);
    const phase = before.phases[0]!.items.map((i) => i.skill);
    // Reverse the first phase where prerequisites allow: the follow must keep whatever was chosen.
    const chosen = [...before.phases[0]!.items]
      .sort((a, b) => (a.unlocks.includes(b.skill) ? -1 : b.unlocks.includes(a.skill) ? 1 : phase.indexOf(b.skill) - phase.indexOf(a.skill)))
      .map((i) => i.skill);
    const order = [...chosen, ...before.phases.slice(1).flatMap((p) => p.items.map((i) => i.skill))];
    const lowered = { ...dataScientist, python: 1 };
    const result = followPlan({ previous: before, next: plan(lowered), statuses: {}, order, assessment: lowered, now: new Date() });
    const after = planItems(result.roadmap).map((i) => i.skill);
    const kept = order.filter((s) => after.includes(s));
    expect(after.filter((s) => kept.includes(s))).toEqual(kept);
    expect(result.order).toEqual(after);
    expect(result.changes.some((c) => c.kind === "added" || c.kind === "level")).toBe(true);
  });

  it("lets go of an item the role no longer asks for without calling it met", () => {
    const before = plan(dataScientist);
    const next = { ...before, phases: before.phases.map((p) => ({ ...p, items: p.items.filter((i) => i.skill !== "mlops") })) };
    const result = followPlan({ previous: before, next, statuses: { mlops: "doing" }, order: null, assessment: dataScientist, now: new Date() });
    expect(result.changes.map((c) => c.kind)).toEqual(["dropped"]);
    expect(result.roadmap.met).toEqual([]);
    expect(result.statuses).toEqual({});
  });

  it("counts items and hours, met items as done, skipped ones out of both", () => {
    const roadmap = plan(dataScientist);
    const items = planItems(roadmap);
    const total = items.reduce((s, i) => s + i.hours, 0);
    expect(planProgress(roadmap, {})).toEqual({ done: 0, total: items.length, doneHours: 0, totalHours: total, percent: 0, skipped: 0 });
    const all = Object.fromEntries(items.map((i) => [i.skill, "done" as const]));
    expect(planProgress(roadmap, all).percent).toBe(100);
    const [first, second] = items;
    expect(planProgress(roadmap, { [first!.skill]: "done" }).percent).toBe(Math.round((1000 * first!.hours) / total) / 10);
    const skipping = planProgress(roadmap, { [first!.skill]: "done", [second!.skill]: "skipped" });
    expect(skipping).toMatchObject({ done: 1, total: items.length - 1, doneHours: first!.hours, totalHours: total - second!.hours, skipped: 1 });
  });
});

describe("following a catalog change", () => {
  it("logs the catalog's changes with the plan's own, and keeps the log short", () => {
    const before = plan(dataScientist);
    const catalogChanges = [
      { kind: "skill-renamed" as const, skill: "mlops", oldName: "MLOps", message: "“MLOps” is now called “MLOps and training pipelines”." },
      { kind: "requirement-changed" as const, skill: "python", before: { level: 3, weight: 2 }, after: { level: 3, weight: 3 }, message: "Python: weight 2 → 3." },
    ];
    const result = followPlan({ previous: before, next: plan(dataScientist), statuses: {}, order: null, assessment: dataScientist, now: new Date(), catalogChanges });
    expect(result.changes.map((c) => c.kind)).toEqual(["skill-renamed", "requirement-changed"]);
    expect(result.changes[0]).toMatchObject({ skill: "mlops", name: "MLOps" });
    expect(result.changes[1]).toMatchObject({ before: { weight: 2 }, after: { weight: 3 } });
    const log = appendChanges(Array.from({ length: 39 }, () => result.changes[0]!), result.changes);
    expect(log).toHaveLength(40);
    expect(log.at(-1)).toBe(result.changes[1]);
    expect(recentChanges(log, 2)).toEqual([result.changes[1], result.changes[0]]);
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
