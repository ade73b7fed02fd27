import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./categories";
import { categories, getRole, getSkill, roles, skills } from "./index";
import { ROLES } from "./roles";
import { SKILL_CONTENT } from "./skills";
import type { Role } from "./types";

const ROLE_SLUGS = [
  "data-engineer",
  "data-scientist",
  "applied-scientist",
  "ml-engineer",
  "ml-infrastructure-engineer",
  "ml-hardware-engineer",
  "research-engineer",
  "research-scientist",
];

const CATEGORY_SLUGS = [
  "software-engineering",
  "data",
  "analysis-statistics",
  "machine-learning",
  "research",
  "production-infrastructure",
  "hardware-performance",
  "business-collaboration",
];

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function role(slug: string): Role {
  const found = getRole(slug);
  if (!found) throw new Error(`missing role ${slug}`);
  return found;
}

/** Required level of a skill in a role; a skill the role does not list counts as 0. */
function levelOf(roleSlug: string, skill: string): number {
  return role(roleSlug).skills.find((s) => s.skill === skill)?.level ?? 0;
}

function weightOf(roleSlug: string, skill: string): number {
  return role(roleSlug).skills.find((s) => s.skill === skill)?.weight ?? 0;
}

function otherRoles(slug: string): string[] {
  return ROLE_SLUGS.filter((r) => r !== slug);
}

describe("index wiring", () => {
  it("exposes the raw files unchanged and in order", () => {
    expect(categories).toBe(CATEGORIES);
    expect(roles).toBe(ROLES);
    expect(skills.map((s) => s.slug)).toEqual(SKILL_CONTENT.map((s) => s.slug));
    for (const skill of skills) {
      expect(Array.isArray(skill.aliases)).toBe(true);
      expect(getSkill(skill.slug)?.slug).toBe(skill.slug);
    }
  });
});

describe("categories", () => {
  it("are the eight known categories in order, each described", () => {
    expect(CATEGORIES.map((c) => c.slug)).toEqual(CATEGORY_SLUGS);
    for (const category of CATEGORIES) {
      expect(category.name.trim()).not.toBe("");
      expect(category.description.trim()).not.toBe("");
    }
  });

  it("every skill uses an existing category and every category has a skill", () => {
    const known = new Set<string>(CATEGORY_SLUGS);
    for (const skill of SKILL_CONTENT) expect(known.has(skill.category), skill.slug).toBe(true);
    for (const slug of CATEGORY_SLUGS) {
      expect(SKILL_CONTENT.some((s) => s.category === slug), slug).toBe(true);
    }
  });

  it("skills are grouped by category in category order", () => {
    const order = SKILL_CONTENT.map((s) => CATEGORY_SLUGS.indexOf(s.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe("skills", () => {
  it("has at least 40 skills with unique kebab-case slugs", () => {
    expect(SKILL_CONTENT.length).toBeGreaterThanOrEqual(40);
    const slugs = SKILL_CONTENT.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug, slug).toMatch(KEBAB);
  });

  it.each(SKILL_CONTENT.map((s) => [s.slug, s] as const))("%s is complete", (_slug, skill) => {
    expect(skill.name.trim()).not.toBe("");
    expect(skill.description.trim()).not.toBe("");

    expect(skill.levels).toHaveLength(5);
    for (const text of skill.levels) expect(text.trim()).not.toBe("");
    expect(new Set(skill.levels.map((t) => t.trim().toLowerCase())).size).toBe(5);

    expect(skill.resources.length).toBeGreaterThanOrEqual(2);
    for (const resource of skill.resources) {
      expect(resource.title.trim()).not.toBe("");
      const url = new URL(resource.url);
      expect(url.protocol).toBe("https:");
      expect(url.hostname).toContain(".");
    }
    expect(new Set(skill.resources.map((r) => r.url)).size).toBe(skill.resources.length);

    expect(skill.hoursToLevel).toHaveLength(4);
    for (const hours of skill.hoursToLevel) {
      expect(Number.isFinite(hours)).toBe(true);
      expect(hours).toBeGreaterThan(0);
    }
    for (let i = 1; i < skill.hoursToLevel.length; i++) {
      expect(skill.hoursToLevel[i]).toBeGreaterThanOrEqual(skill.hoursToLevel[i - 1]!);
    }
  });

  it("prerequisites exist, are not self-references and are not repeated", () => {
    const known = new Set(SKILL_CONTENT.map((s) => s.slug));
    for (const skill of SKILL_CONTENT) {
      expect(new Set(skill.prerequisites).size, skill.slug).toBe(skill.prerequisites.length);
      for (const prerequisite of skill.prerequisites) {
        expect(known.has(prerequisite), `${skill.slug} -> ${prerequisite}`).toBe(true);
        expect(prerequisite).not.toBe(skill.slug);
      }
    }
  });

  it("the prerequisite graph is acyclic", () => {
    const edges = new Map(SKILL_CONTENT.map((s) => [s.slug, s.prerequisites]));
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];

    const visit = (slug: string, path: string[]): void => {
      const seen = state.get(slug);
      if (seen === "done") return;
      if (seen === "visiting") {
        cycles.push([...path.slice(path.indexOf(slug)), slug].join(" -> "));
        return;
      }
      state.set(slug, "visiting");
      for (const next of edges.get(slug) ?? []) visit(next, [...path, slug]);
      state.set(slug, "done");
    };
    for (const slug of edges.keys()) visit(slug, []);

    expect(cycles).toEqual([]);
  });

  it("the cycle check itself detects a cycle", () => {
    // Guards against a check that passes vacuously.
    const edges = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
    ]);
    const state = new Map<string, number>();
    let found = false;
    const visit = (slug: string): void => {
      if (state.get(slug) === 2) return;
      if (state.get(slug) === 1) {
        found = true;
        return;
      }
      state.set(slug, 1);
      for (const next of edges.get(slug) ?? []) visit(next);
      state.set(slug, 2);
    };
    visit("a");
    expect(found).toBe(true);
  });

  it("keeps the genuine prerequisites the catalog relies on", () => {
    const prerequisitesOf = (slug: string) => getSkill(slug)?.prerequisites ?? [];
    expect(prerequisitesOf("python")).toEqual([]);
    expect(prerequisitesOf("sql")).toEqual([]);
    expect(prerequisitesOf("deep-learning")).toEqual(
      expect.arrayContaining(["classical-ml", "mathematics"]),
    );
    expect(prerequisitesOf("model-serving")).toContain("api-development");
    expect(prerequisitesOf("distributed-training")).toEqual(
      expect.arrayContaining(["deep-learning", "distributed-systems"]),
    );
  });
});

describe("roles", () => {
  it("are exactly the eight roles in order", () => {
    expect(ROLES.map((r) => r.slug)).toEqual(ROLE_SLUGS);
  });

  it.each(ROLES.map((r) => [r.slug, r] as const))("%s is complete and valid", (_slug, r) => {
    expect(r.name.trim()).not.toBe("");
    expect(r.summary.trim()).not.toBe("");
    expect(r.differsFrom.trim()).not.toBe("");
    expect(r.source).toMatch(/^Article, section /);

    expect(r.skills.length).toBeGreaterThanOrEqual(8);
    expect(r.skills.length).toBeLessThanOrEqual(16);
    const slugs = r.skills.map((s) => s.skill);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const rs of r.skills) {
      expect(getSkill(rs.skill), rs.skill).toBeDefined();
      expect([1, 2, 3, 4]).toContain(rs.level);
      expect([1, 2, 3]).toContain(rs.weight);
      expect(rs.rationale.trim()).not.toBe("");
    }

    expect(r.milestones.foundations.trim()).not.toBe("");
    expect(r.milestones.core.trim()).not.toBe("");
    expect(r.milestones.specialisation.trim()).not.toBe("");
  });
});

// The differences the source article stresses between neighbouring roles.
describe("article-driven differences", () => {
  it("data engineers are SQL and pipeline people with little ML", () => {
    for (const skill of ["sql", "data-ingestion-etl"]) {
      expect(levelOf("data-engineer", skill)).toBe(4);
      expect(weightOf("data-engineer", skill)).toBe(3);
    }
    expect(weightOf("data-engineer", "database-design")).toBe(3);
    expect(levelOf("data-engineer", "sql")).toBeGreaterThanOrEqual(levelOf("data-scientist", "sql"));
    expect(weightOf("data-engineer", "sql")).toBeGreaterThanOrEqual(weightOf("data-scientist", "sql"));
    for (const skill of ["data-parsing", "data-warehousing", "data-quality", "python"]) {
      expect(levelOf("data-engineer", skill), skill).toBeGreaterThanOrEqual(2);
    }
    expect(levelOf("data-engineer", "classical-ml")).toBeLessThanOrEqual(1);
    expect(weightOf("data-engineer", "classical-ml")).toBeLessThanOrEqual(1);
    expect(levelOf("data-engineer", "deep-learning")).toBe(0);
  });

  it("data scientists centre on statistics, EDA and stakeholders, not production", () => {
    for (const skill of ["statistics", "exploratory-data-analysis", "stakeholder-communication"]) {
      expect(weightOf("data-scientist", skill), skill).toBe(3);
      expect(levelOf("data-scientist", skill), skill).toBeGreaterThanOrEqual(3);
    }
    for (const skill of ["classical-ml", "sql", "notebooks", "automl", "data-visualization", "business-acumen"]) {
      expect(levelOf("data-scientist", skill), skill).toBeGreaterThanOrEqual(1);
    }
    expect(levelOf("data-scientist", "software-design")).toBeLessThanOrEqual(2);
    expect(levelOf("data-scientist", "model-serving")).toBeLessThanOrEqual(1);
    // Stakeholder work is where the article puts the data scientist above the neighbouring engineers.
    for (const other of ["data-engineer", "ml-engineer", "applied-scientist"]) {
      expect(levelOf("data-scientist", "stakeholder-communication")).toBeGreaterThan(
        levelOf(other, "stakeholder-communication"),
      );
    }
  });

  it("applied scientists adapt deep models to complex data with research habits", () => {
    for (const skill of ["deep-learning", "research-methods", "paper-reading", "domain-expertise", "transfer-learning"]) {
      expect(levelOf("applied-scientist", skill), skill).toBeGreaterThanOrEqual(3);
      expect(weightOf("applied-scientist", skill), skill).toBeGreaterThanOrEqual(2);
    }
    expect(
      Math.max(levelOf("applied-scientist", "computer-vision"), levelOf("applied-scientist", "graph-ml")),
    ).toBeGreaterThanOrEqual(2);
    expect(levelOf("applied-scientist", "data-ingestion-etl")).toBe(2);
    expect(levelOf("applied-scientist", "cross-functional-collaboration")).toBeGreaterThanOrEqual(2);
    expect(levelOf("applied-scientist", "deep-learning")).toBeGreaterThan(levelOf("data-scientist", "deep-learning"));
    expect(levelOf("applied-scientist", "domain-expertise")).toBeGreaterThan(
      levelOf("research-scientist", "domain-expertise"),
    );
  });

  it("ML engineers out-engineer data scientists", () => {
    for (const skill of ["software-design", "testing-ci", "model-serving", "system-design", "mlops"]) {
      expect(levelOf("ml-engineer", skill), skill).toBe(3);
      expect(weightOf("ml-engineer", skill), skill).toBe(3);
      expect(levelOf("ml-engineer", skill), skill).toBeGreaterThan(levelOf("data-scientist", skill));
    }
    for (const skill of ["distributed-training", "containers-orchestration", "cloud-platforms", "transfer-learning"]) {
      expect(levelOf("ml-engineer", skill), skill).toBeGreaterThanOrEqual(1);
    }
    for (const skill of ["classical-ml", "deep-learning"]) {
      expect(levelOf("ml-engineer", skill), skill).toBeGreaterThanOrEqual(2);
      expect(levelOf("ml-engineer", skill), skill).toBeLessThanOrEqual(3);
    }
    // Less ML depth than the research roles, as pre-trained models spread.
    expect(levelOf("ml-engineer", "deep-learning")).toBeLessThan(levelOf("research-scientist", "deep-learning"));
    expect(levelOf("ml-engineer", "ml-theory")).toBeLessThan(levelOf("research-scientist", "ml-theory"));
  });

  it.each([
    [
      "ml-infrastructure-engineer",
      ["distributed-systems", "containers-orchestration", "cloud-platforms", "distributed-training", "monitoring-reliability"],
    ],
    [
      "ml-hardware-engineer",
      ["computer-architecture", "gpu-programming", "ml-compilers", "cpp-systems", "performance-optimization"],
    ],
  ] as const)("%s is an ML engineer variant needing almost no ML", (slug, core) => {
    const r = role(slug);
    const coreLevels = core.map((skill) => levelOf(slug, skill));
    for (const skill of core) {
      expect(weightOf(slug, skill), skill).toBe(3);
      expect(levelOf(slug, skill), skill).toBeGreaterThanOrEqual(3);
    }
    // Nothing outside the core is required at a higher level than the weakest core skill.
    for (const rs of r.skills) {
      if ((core as readonly string[]).includes(rs.skill)) continue;
      expect(rs.level, rs.skill).toBeLessThanOrEqual(Math.min(...coreLevels));
      expect(rs.weight, rs.skill).toBeLessThan(3);
    }
    expect(levelOf(slug, "deep-learning")).toBeLessThanOrEqual(2);
    expect(weightOf(slug, "deep-learning")).toBeLessThanOrEqual(2);
    expect(levelOf(slug, "ml-theory")).toBe(0);
  });

  it("ML infrastructure engineers need deep-learning at weight 1 at most", () => {
    expect(weightOf("ml-infrastructure-engineer", "deep-learning")).toBeLessThanOrEqual(1);
  });

  it("research engineers implement research at scale", () => {
    for (const skill of ["paper-implementation", "dl-frameworks", "distributed-training", "deep-learning", "software-design"]) {
      expect(levelOf("research-engineer", skill), skill).toBeGreaterThanOrEqual(3);
      expect(weightOf("research-engineer", skill), skill).toBe(3);
    }
    expect(levelOf("research-engineer", "research-methods")).toBeGreaterThanOrEqual(2);
    expect(levelOf("research-engineer", "research-methods")).toBeLessThanOrEqual(3);
    expect(levelOf("research-engineer", "scientific-writing")).toBe(2);
    // Implementation and scale are where the article puts the engineer, ideas and writing the scientist.
    for (const skill of ["paper-implementation", "dl-frameworks", "distributed-training", "software-design"]) {
      expect(levelOf("research-engineer", skill), skill).toBeGreaterThan(levelOf("research-scientist", skill));
    }
    for (const skill of ["research-methods", "scientific-writing", "ml-theory"]) {
      expect(levelOf("research-scientist", skill), skill).toBeGreaterThan(levelOf("research-engineer", skill));
    }
  });

  it("research scientists lead on theory, methods, reading and writing, not production", () => {
    for (const skill of ["ml-theory", "mathematics", "research-methods", "paper-reading", "scientific-writing", "deep-learning"]) {
      expect(levelOf("research-scientist", skill), skill).toBe(4);
      expect(weightOf("research-scientist", skill), skill).toBe(3);
    }
    for (const skill of ["ml-theory", "research-methods", "paper-reading", "scientific-writing", "mathematics"]) {
      for (const other of otherRoles("research-scientist")) {
        expect(levelOf("research-scientist", skill), `${skill} vs ${other}`).toBeGreaterThanOrEqual(
          levelOf(other, skill),
        );
      }
    }
    for (const skill of [
      "model-serving",
      "mlops",
      "system-design",
      "containers-orchestration",
      "cloud-platforms",
      "monitoring-reliability",
      "api-development",
    ]) {
      expect(levelOf("research-scientist", skill), skill).toBeLessThanOrEqual(1);
    }
  });

  it("production serving belongs to engineering roles, not to analysis or research", () => {
    for (const other of ["data-scientist", "research-scientist", "applied-scientist", "data-engineer"]) {
      expect(levelOf("ml-engineer", "model-serving")).toBeGreaterThan(levelOf(other, "model-serving"));
    }
  });
});
