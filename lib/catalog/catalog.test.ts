import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./categories";
import { categories, getRole, getSkill, roles, skills } from "./index";
import { ROLES } from "./roles";
import { SKILL_CONTENT } from "./skills";
import { buildRoadmap, computeFit, prerequisiteLevel } from "../engine";
import { catalogBook, roleAsTarget } from "./book";
import { move, monthsOf, profileOfRole, rankingFor, REPORTED_MOVES, startingProfile, transitionTable } from "./transitions";
import type { Role } from "./types";
import { DEFINING_DEPTH_LEVEL, INDEPENDENT_LEVEL, MAX_DEFINING_SKILLS } from "./types";

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
    expect(prerequisitesOf("deep-learning")).toEqual(expect.arrayContaining(["classical-ml", "mathematics"]));
    expect(prerequisitesOf("model-serving")).toContain("api-development");
    // Distributed training builds on the framework's parallel APIs, not on consensus protocols.
    expect(prerequisitesOf("distributed-training")).toContain("dl-frameworks");
    expect(prerequisitesOf("distributed-training")).not.toContain("distributed-systems");
    expect(prerequisitesOf("post-training")).toContain("transfer-learning");
    expect(prerequisitesOf("llm-evaluation")).toEqual(expect.arrayContaining(["model-evaluation", "llm-applications"]));
    expect(prerequisitesOf("llm-inference")).toContain("model-serving");
  });

  it("says where every hour estimate comes from, with its kind of evidence", () => {
    for (const skill of SKILL_CONTENT) {
      expect(skill.hoursSource, skill.slug).toMatch(/\[(official|analysis|guide|anecdote|judgement|survey)[^\]]*\]/);
    }
  });

  it("level descriptors name something a person can point to, not a feeling", () => {
    const vague = /\b(mentally|meetings?|familiar|comfortable|understands)\b/i;
    for (const skill of SKILL_CONTENT) {
      for (const level of [2, 3, 4] as const) expect(skill.levels[level], `${skill.slug} level ${level}`).not.toMatch(vague);
      // Level 2 says who helps; level 3 is the same work done without that help.
      expect(skill.levels[2], `${skill.slug} level 2`).toMatch(/review|guid|help|follow|example|tutorial|hint|with a|quick-start|references|at hand|as needed|someone else|others|existing|support|feedback|tips|provided|revise|reference code|designed|set up by|from an existing|colleague/i);
      expect(skill.levels[3], `${skill.slug} level 3`).not.toMatch(/with (help|guidance|a reviewer)|following (a|an) (example|tutorial|guide)/i);
    }
  });
});

describe("the 2025–2026 skills", () => {
  const required = new Set(roles.flatMap((r) => r.skills.map((s) => s.skill)));
  it.each([
    "llm-applications",
    "llm-evaluation",
    "post-training",
    "llm-inference",
    "responsible-ai",
    "data-governance",
    "experimentation",
    "time-series",
    "data-cleaning",
    "workflow-orchestration",
  ])("%s exists and some role asks for it", (slug) => {
    expect(getSkill(slug), slug).toBeDefined();
    expect(required.has(slug), slug).toBe(true);
  });

  it("marks exactly the skills no role requires as posting-only", () => {
    for (const skill of skills) expect(Boolean(skill.postingOnly), skill.slug).toBe(!required.has(skill.slug));
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
    // Prerequisites are listed explicitly (see the own-roadmap test), which makes profiles long.
    expect(r.skills.length).toBeLessThanOrEqual(28);
    const slugs = r.skills.map((s) => s.skill);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const rs of r.skills) {
      expect(getSkill(rs.skill), rs.skill).toBeDefined();
      expect(getSkill(rs.skill)?.postingOnly, rs.skill).toBeUndefined();
      expect([1, 2, 3, 4]).toContain(rs.level);
      expect([1, 2, 3]).toContain(rs.weight);
      expect(rs.rationale.trim()).not.toBe("");
    }

    expect(r.milestones.foundations.trim()).not.toBe("");
    expect(r.milestones.core.trim()).not.toBe("");
    expect(r.milestones.specialisation.trim()).not.toBe("");
  });
});

describe("one level scale", () => {
  it.each(ROLE_SLUGS)("%s asks for level 4 only in the one or two skills that define it, at weight 3", (slug) => {
    const defining = role(slug).skills.filter((s) => s.level === DEFINING_DEPTH_LEVEL);
    expect(defining.length).toBeLessThanOrEqual(MAX_DEFINING_SKILLS);
    for (const s of defining) expect(s.weight, s.skill).toBe(3);
  });

  it("makes fits comparable: a person independent (3) in every listed skill fits every role about equally", () => {
    const fits = roles.map((r) => computeFit(roleAsTarget(r), Object.fromEntries(r.skills.map((s) => [s.skill, INDEPENDENT_LEVEL]))));
    expect(Math.min(...fits)).toBeGreaterThanOrEqual(90);
  });

  it.each(ROLE_SLUGS)("%s: weights mean core, important, nice to have", (slug) => {
    const r = role(slug);
    const core = r.skills.filter((s) => s.weight === 3);
    const nice = r.skills.filter((s) => s.weight === 1);
    expect(core.length).toBeGreaterThanOrEqual(4);
    expect(core.length).toBeLessThanOrEqual(8);
    // A core skill is one an interview for the role checks at working depth.
    for (const s of core) expect(s.level, s.skill).toBeGreaterThanOrEqual(3);
    for (const s of nice) expect(s.level, s.skill).toBeLessThanOrEqual(3);
  });
});

describe("consistent with the engine", () => {
  it.each(ROLE_SLUGS)("%s: its own profile needs no roadmap to itself", (slug) => {
    const r = role(slug);
    const roadmap = buildRoadmap(roleAsTarget(r), profileOfRole(r), catalogBook, { hoursPerWeek: 10 });
    expect(roadmap.phases.flatMap((p) => p.items.map((i) => `${i.skill} ${i.from}->${i.to}`))).toEqual([]);
    expect(roadmap.totalHours).toBe(0);
  });

  it.each(ROLE_SLUGS)("%s: every listed skill has its prerequisites listed at the level the engine asks", (slug) => {
    const levels = new Map(role(slug).skills.map((s) => [s.skill, s.level as number]));
    for (const { skill, level } of role(slug).skills) {
      for (const prerequisite of getSkill(skill)!.prerequisites) {
        expect(levels.get(prerequisite) ?? 0, `${skill} ${level} needs ${prerequisite}`).toBeGreaterThanOrEqual(prerequisiteLevel(level));
      }
    }
  });
});

// The differences the source article draws between neighbouring roles.
describe("true to the article", () => {
  const SOFTWARE = ["python", "software-design", "testing-ci", "version-control", "data-structures-algorithms"];
  const ML = ["classical-ml", "deep-learning", "model-evaluation", "ml-theory", "transfer-learning"];

  it("ML engineering is software engineering first", () => {
    for (const other of ["data-scientist", "applied-scientist", "research-scientist", "research-engineer"]) {
      for (const skill of SOFTWARE) expect(levelOf("ml-engineer", skill), `${skill} vs ${other}`).toBeGreaterThanOrEqual(levelOf(other, skill));
    }
    // The coding round is the filter: hiring looks like software-engineering hiring (the article).
    for (const skill of ["software-design", "data-structures-algorithms", "model-serving", "system-design"]) {
      expect(weightOf("ml-engineer", skill), skill).toBe(3);
    }
    expect(levelOf("ml-engineer", "model-serving")).toBeGreaterThan(levelOf("data-scientist", "model-serving"));
  });

  it("an applied scientist needs depth in ONE modality of their choice, not several named ones", () => {
    expect(levelOf("applied-scientist", "modality-depth")).toBe(4);
    for (const named of ["computer-vision", "graph-ml", "nlp-llms"]) expect(levelOf("applied-scientist", named), named).toBe(0);
    expect(levelOf("applied-scientist", "transfer-learning")).toBeGreaterThanOrEqual(3);
    expect(weightOf("applied-scientist", "research-methods")).toBe(3);
  });

  it("ML infrastructure and hardware engineers need little ML, and infrastructure serves models", () => {
    for (const slug of ["ml-infrastructure-engineer", "ml-hardware-engineer"]) {
      for (const skill of ML) {
        expect(levelOf(slug, skill), `${slug} ${skill}`).toBeLessThanOrEqual(1);
        expect(weightOf(slug, skill), `${slug} ${skill}`).toBeLessThanOrEqual(1);
      }
    }
    expect(levelOf("ml-infrastructure-engineer", "model-serving")).toBeGreaterThanOrEqual(3);
    expect(weightOf("ml-infrastructure-engineer", "model-serving")).toBe(3);
    expect(levelOf("ml-hardware-engineer", "gpu-programming")).toBe(4);
  });

  it("a research scientist publishes and specialises", () => {
    const defining = role("research-scientist").skills.filter((s) => s.level === 4).map((s) => s.skill).sort();
    // Specialising in one area of their choice and the research loop define the role; writing a
    // paper unaided (3) is what a new PhD shows.
    expect(defining).toEqual(["modality-depth", "research-methods"]);
    expect(levelOf("research-scientist", "scientific-writing")).toBeGreaterThanOrEqual(3);
    expect(weightOf("research-scientist", "scientific-writing")).toBe(3);
    for (const other of otherRoles("research-scientist")) {
      expect(levelOf("research-scientist", "scientific-writing"), other).toBeGreaterThan(levelOf(other, "scientific-writing"));
    }
    expect(levelOf("research-scientist", "model-serving")).toBe(0);
  });

  it("a research engineer implements research, at the engineering bar of an ML engineer", () => {
    expect(levelOf("research-engineer", "paper-implementation")).toBe(4);
    expect(levelOf("research-engineer", "python")).toBeLessThanOrEqual(levelOf("ml-engineer", "python"));
    for (const other of otherRoles("research-engineer")) {
      expect(levelOf("research-engineer", "paper-implementation"), other).toBeGreaterThanOrEqual(levelOf(other, "paper-implementation"));
    }
  });

  it("the data engineer builds the pipelines the others stand on, with little ML", () => {
    expect(levelOf("data-engineer", "data-ingestion-etl")).toBeGreaterThanOrEqual(3);
    expect(weightOf("data-engineer", "data-ingestion-etl")).toBe(3);
    for (const skill of ["data-ingestion-etl", "workflow-orchestration", "data-warehousing", "database-design", "data-quality", "data-governance"]) {
      for (const other of otherRoles("data-engineer")) {
        expect(levelOf("data-engineer", skill), `${skill} vs ${other}`).toBeGreaterThanOrEqual(levelOf(other, skill));
      }
    }
    for (const skill of ML) expect(levelOf("data-engineer", skill), skill).toBeLessThanOrEqual(1);
  });

  it("a data scientist turns data into decisions, not products", () => {
    expect(levelOf("data-scientist", "statistics")).toBe(4);
    for (const skill of ["exploratory-data-analysis", "stakeholder-communication", "experimentation"]) {
      expect(levelOf("data-scientist", skill), skill).toBeGreaterThanOrEqual(3);
    }
    for (const skill of ["model-serving", "system-design", "containers-orchestration"]) {
      expect(levelOf("data-scientist", skill), skill).toBeLessThanOrEqual(1);
    }
  });
});

describe("believable time", () => {
  it.each(REPORTED_MOVES.map((m) => [`${m.from} → ${m.to}`, m] as const))(
    "%s lands inside what practitioners report, at 10 h/week",
    (_name, reported) => {
      const result = move(startingProfile(reported.from)!, reported.from, reported.to);
      const months = monthsOf(result.weeks);
      expect(months).toBeGreaterThanOrEqual(reported.months[0]);
      expect(months).toBeLessThanOrEqual(reported.months[1]);
    },
  );

  it("no move between catalog roles takes more than four years at 10 h/week, and none is free", () => {
    for (const row of transitionTable()) {
      for (const m of row) {
        if (m.from === m.to) continue;
        expect(monthsOf(m.weeks), `${m.from} → ${m.to}`).toBeLessThanOrEqual(48);
        expect(m.hours, `${m.from} → ${m.to}`).toBeGreaterThan(100);
      }
    }
  });

  it("a data scientist's own profile ranks ML engineer near the top (the article's common move)", () => {
    const others = rankingFor("data-scientist").filter((r) => r.slug !== "data-scientist");
    expect(others.slice(0, 2).map((r) => r.slug)).toContain("ml-engineer");
  });

  it("a software engineer's profile ranks ML engineer first", () => {
    expect(rankingFor("software-engineer")[0]!.slug).toBe("ml-engineer");
  });
});
