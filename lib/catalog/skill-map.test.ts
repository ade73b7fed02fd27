import { describe, expect, it } from "vitest";
import { getSkill, skills } from "./index";
import { CARRIED_FROM, carriedRatings, carriedStatuses, SKILL_CARRIES } from "./skill-map";

describe("the skill map of catalog upgrades", () => {
  it("names only skills the catalog still has, so no old rating points nowhere", () => {
    for (const carry of SKILL_CARRIES) {
      expect(getSkill(carry.to), carry.to).toBeDefined();
      for (const slug of carry.from) expect(getSkill(slug), slug).toBeDefined();
      expect(carry.why.length).toBeGreaterThan(40);
    }
  });

  it("covers every slug of the 2025 catalog: each is still a skill (slugs are kept stable)", () => {
    // The 2025 catalog's slugs, as served at main 6dcce79; none was renamed or removed.
    const OLD = [
      "python", "software-design", "testing-ci", "version-control", "data-structures-algorithms", "api-development",
      "linux-shell", "sql", "database-design", "data-ingestion-etl", "data-parsing", "data-warehousing", "data-quality",
      "workflow-orchestration", "big-data-processing", "streaming-data", "mathematics", "statistics",
      "exploratory-data-analysis", "data-visualization", "experimentation", "notebooks", "classical-ml", "automl",
      "model-evaluation", "deep-learning", "dl-frameworks", "computer-vision", "nlp-llms", "graph-ml",
      "transfer-learning", "ml-theory", "paper-reading", "research-methods", "scientific-writing",
      "paper-implementation", "domain-expertise", "system-design", "model-serving", "mlops",
      "containers-orchestration", "cloud-platforms", "distributed-systems", "distributed-training",
      "monitoring-reliability", "cpp-systems", "performance-optimization", "gpu-programming",
      "computer-architecture", "ml-compilers", "stakeholder-communication", "business-acumen",
      "cross-functional-collaboration", "technical-leadership",
    ];
    const now = new Set(skills.map((s) => s.slug));
    for (const slug of OLD) expect(now.has(slug), slug).toBe(true);
    expect(CARRIED_FROM).toEqual(expect.arrayContaining(["data-quality", "nlp-llms"]));
  });

  it("carries a split skill's rating to the new half, and caps it where the old words stopped", () => {
    expect(carriedRatings({ "data-quality": 3, "nlp-llms": 4 })).toEqual({ "data-cleaning": 3, "llm-applications": 2, "modality-depth": 4 });
    expect(carriedRatings({ "nlp-llms": 1 })).toEqual({ "llm-applications": 1, "modality-depth": 1 });
  });

  it("merges modality ratings by taking the best one", () => {
    expect(carriedRatings({ "computer-vision": 2, "graph-ml": 3 })).toEqual({ "modality-depth": 3 });
  });

  it("never overwrites a rating the person already gave the new skill, and adds nothing from zero", () => {
    expect(carriedRatings({ "data-quality": 3, "data-cleaning": 1 })).toEqual({});
    expect(carriedRatings({ "data-quality": 0, python: 3 })).toEqual({});
    expect(carriedRatings({})).toEqual({});
  });

  it("carries an item's status only where the old item's work was the new one's", () => {
    expect(carriedStatuses({ "data-quality": "done", "nlp-llms": "done", "computer-vision": "doing" })).toEqual({ "data-cleaning": "done" });
    expect(carriedStatuses({ "data-quality": "doing", "data-cleaning": "todo" })).toEqual({});
    expect(carriedStatuses({ sql: "done" })).toEqual({});
  });

  it("is idempotent: applying the additions and carrying again adds nothing", () => {
    const ratings = { "data-quality": 2, "graph-ml": 3, "nlp-llms": 3 };
    const once = { ...ratings, ...carriedRatings(ratings) };
    expect(carriedRatings(once)).toEqual({});
    const statuses = { "data-quality": "done" } as const;
    expect(carriedStatuses({ ...statuses, ...carriedStatuses(statuses) })).toEqual({});
  });
});
