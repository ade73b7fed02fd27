import type { Level } from "./types";

/**
 * Typical starting profiles that are not catalog roles, so the common moves people ask about
 * (software engineer → ML engineer, graduate → data scientist) can be measured against what
 * practitioners report (docs/catalog.md, "Durations of the common moves"). Each is written at the
 * same scale as the roles: what a typical person in that position can point to.
 */
export interface TypicalProfile {
  slug: string;
  name: string;
  /** Who this is and why these levels. */
  basis: string;
  levels: Readonly<Record<string, Level>>;
}

export const TYPICAL_PROFILES: readonly TypicalProfile[] = [
  {
    slug: "software-engineer",
    name: "Software engineer (backend, mid-level)",
    basis:
      "A backend engineer with 2–5 years' experience (GitLab's intermediate grade): ships services unaided, tests and reviews code, runs them in containers on a cloud, knows SQL; has taken no ML course beyond a tutorial.",
    levels: {
      python: 3,
      "software-design": 3,
      "testing-ci": 3,
      "version-control": 3,
      "data-structures-algorithms": 3,
      "api-development": 3,
      "linux-shell": 3,
      sql: 3,
      "database-design": 2,
      "system-design": 2,
      "containers-orchestration": 2,
      "cloud-platforms": 2,
      "monitoring-reliability": 2,
      "workflow-orchestration": 1,
      mathematics: 1,
      statistics: 1,
      "classical-ml": 1,
      "llm-applications": 1,
      "stakeholder-communication": 2,
      "cross-functional-collaboration": 2,
    },
  },
  {
    slug: "graduate",
    name: "Graduate (quantitative master's, no industry job yet)",
    basis:
      "A statistics, economics or CS master's graduate: coursework in probability, statistics and ML, a thesis analysis in Python notebooks, a little SQL; no production code or stakeholders yet.",
    levels: {
      python: 2,
      "version-control": 1,
      sql: 2,
      mathematics: 3,
      statistics: 3,
      "exploratory-data-analysis": 2,
      "data-visualization": 2,
      "data-cleaning": 2,
      experimentation: 1,
      notebooks: 2,
      "classical-ml": 2,
      "model-evaluation": 2,
      "deep-learning": 1,
      "paper-reading": 2,
      "research-methods": 2,
      "scientific-writing": 2,
      "stakeholder-communication": 1,
    },
  },
];
