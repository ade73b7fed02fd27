import { describe, expect, it } from "vitest";
import type { PlanRoadmap } from "@/lib/plans/types";
import { isUniqueViolation } from "../errors";
import { makeUser, rawQuery, withTestDatabase } from "../test-database";
import { deletePlan, getPlan, getPlanById, insertPlan, listPlans, renamePlan, replacePlanRoadmap, setItemStatus, type NewPlan } from "./plans";
import { deleteUser } from "./users";

withTestDatabase();

const item = (skill: string) => ({ skill, name: skill, why: "", from: 0, to: 2, hours: 20, weight: 3, reason: "gap" as const, unlocks: [], resources: [] });

function roadmap(skills: string[]): PlanRoadmap {
  return {
    target: "ml-engineer",
    fit: 40,
    hoursPerWeek: 10,
    totalHours: 20 * skills.length,
    weeks: 2 * skills.length,
    phases: [{ key: "interview-ready", title: "Interview-ready", outcome: "", weeks: 2, startWeek: 1, endWeek: 2, hours: 20, milestone: "", items: skills.map(item) }],
    met: [],
  };
}

const newPlan = (title = "Towards MLE"): NewPlan => ({
  title,
  target: "ml-engineer",
  targetName: "ML Engineer",
  hoursPerWeek: 10,
  startDate: "2026-01-05",
  catalogVersion: "test",
  roadmap: roadmap(["python", "sql"]),
  assessmentStamp: "stamp",
});

const statusRows = (planId: string) => rawQuery("SELECT skill, status FROM plan_item_status WHERE plan_id = ? ORDER BY skill", [planId]);

describe("plan queries", () => {
  it("scope every read by owner: another user's plan id finds nothing", async () => {
    const [owner, other] = [await makeUser("owner"), await makeUser("other")];
    const plan = await insertPlan(owner.id, newPlan());
    expect((await getPlan(owner.id, plan.id))?.title).toBe("Towards MLE");
    expect(await getPlan(other.id, plan.id)).toBeUndefined();
    expect(await listPlans(other.id)).toEqual([]);
    expect((await listPlans(owner.id)).map((p) => p.id)).toEqual([plan.id]);
  });

  it("refuse another user's rename, status change, rebuild and delete, and change nothing", async () => {
    const [owner, other] = [await makeUser("owner"), await makeUser("other")];
    const plan = await insertPlan(owner.id, newPlan());
    expect(await renamePlan(other.id, plan.id, "Mine now")).toBe(false);
    expect(await setItemStatus(other.id, plan.id, "python", "done")).toBe(false);
    expect(await replacePlanRoadmap(other.id, plan.id, { assessmentStamp: "stamp", catalogVersion: "test" }, { roadmap: roadmap(["go"]), targetName: "x", catalogVersion: "x", assessmentStamp: "x", statuses: { go: "done" }, itemOrder: null, changeLog: [] })).toBe(false);
    expect(await deletePlan(other.id, plan.id)).toBe(false);
    const after = (await getPlan(owner.id, plan.id))!;
    expect(after.title).toBe("Towards MLE");
    expect(after.roadmap).toEqual(plan.roadmap);
    expect(after.statuses).toEqual({});
    expect(await statusRows(plan.id)).toEqual([]);
  });

  it("keep one status row per item: a second change updates it", async () => {
    const owner = await makeUser();
    const plan = await insertPlan(owner.id, newPlan());
    expect(await setItemStatus(owner.id, plan.id, "python", "doing")).toBe(true);
    expect(await setItemStatus(owner.id, plan.id, "python", "done")).toBe(true);
    expect(await statusRows(plan.id)).toEqual([{ skill: "python", status: "done" }]);
    await expect(rawQuery("INSERT INTO plan_item_status (plan_id, skill, status) VALUES (?, 'python', 'todo')", [plan.id])).rejects.toSatisfy(
      isUniqueViolation,
    );
  });

  it("replace the roadmap and its statuses together", async () => {
    const owner = await makeUser();
    const plan = await insertPlan(owner.id, newPlan());
    await setItemStatus(owner.id, plan.id, "sql", "done");
    const rebuilt = roadmap(["python", "docker"]);
    expect(await replacePlanRoadmap(owner.id, plan.id, { assessmentStamp: "stamp", catalogVersion: "test" }, { roadmap: rebuilt, targetName: "ML Engineer", catalogVersion: "v2", assessmentStamp: "s2", statuses: { python: "doing" }, itemOrder: null, changeLog: [] })).toBe(true);
    const after = (await getPlan(owner.id, plan.id))!;
    expect(after.roadmap).toEqual(rebuilt);
    expect(after.catalogVersion).toBe("v2");
    expect(after.statuses).toEqual({ python: "doing" });
  });

  it("go with their owner: deleting a user deletes their plans and statuses", async () => {
    const [owner, other] = [await makeUser("owner"), await makeUser("other")];
    const plan = await insertPlan(owner.id, newPlan());
    const kept = await insertPlan(other.id, newPlan("Other's"));
    await setItemStatus(owner.id, plan.id, "python", "done");
    await deleteUser(owner.id);
    expect(await getPlanById(plan.id)).toBeUndefined();
    expect(await statusRows(plan.id)).toEqual([]);
    expect((await getPlanById(kept.id))?.title).toBe("Other's");
  });
});
