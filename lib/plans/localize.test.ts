import { describe, expect, it } from "vitest";
import { KO_ROLES } from "@/lib/catalog/ko/roles";
import { KO_SKILLS } from "@/lib/catalog/ko/skills";
import { localizePlan } from "./localize";

const item = (skill: string, reason: "gap" | "prerequisite" = "gap", unlocks: string[] = []) => ({
  skill,
  name: `stored ${skill}`,
  why: "stored why",
  reason,
  unlocks,
});

const plan = (target: string) => ({
  target,
  targetName: "Stored target",
  phases: [
    { key: "interview-ready" as const, title: "Interview-ready", milestone: "stored milestone", items: [item("python", "prerequisite", ["sql"]), item("sql")] },
  ],
  met: [{ skill: "statistics", name: "Statistics" }],
});

describe("localizePlan", () => {
  it("leaves English views as stored", () => {
    const view = plan("data-engineer");
    expect(localizePlan(view, "en")).toBe(view);
  });

  it("words a catalog plan from the Korean catalog", () => {
    const ko = localizePlan(plan("data-engineer"), "ko");
    expect(ko.targetName).toBe(KO_ROLES["data-engineer"]!.name);
    expect(ko.phases[0]!.title).toBe("면접 준비");
    expect(ko.phases[0]!.milestone).toBe(KO_ROLES["data-engineer"]!.milestones.core);
    expect(ko.phases[0]!.items[1]!.name).toBe(KO_SKILLS.sql!.name);
    expect(ko.phases[0]!.items[1]!.why).toBe(KO_ROLES["data-engineer"]!.rationales.sql);
    expect(ko.phases[0]!.items[0]!.why).toContain(KO_SKILLS.sql!.name);
    expect(ko.met[0]!.name).toBe(KO_SKILLS.statistics!.name);
  });

  it("keeps a custom role's own name and rewords its generic milestone", () => {
    const ko = localizePlan(plan("custom:abc"), "ko");
    expect(ko.targetName).toBe("Stored target");
    expect(ko.phases[0]!.milestone).toMatch(/[가-힣]/);
    expect(ko.phases[0]!.milestone).toContain(KO_SKILLS.python!.name);
  });

  it("rewords a custom role's quote of its posting and keeps the quote", () => {
    const view = plan("custom:abc");
    view.phases[0]!.items[1] = { ...item("sql"), why: "The posting asks for it: “Strong SQL”." };
    const ko = localizePlan(view, "ko");
    expect(ko.phases[0]!.items[1]!.why).toBe("채용 공고에서 요구합니다: “Strong SQL”.");
    expect(ko.phases[0]!.items[0]!.why).toContain(KO_SKILLS.sql!.name);
  });
});
