/** The engine works on plain data so it can serve catalog roles and custom roles alike. */

export type Assessment = Readonly<Record<string, number>>;

export interface Requirement {
  skill: string;
  level: number;
  weight: number;
}

export interface TargetRole {
  slug: string;
  name: string;
  skills: readonly Requirement[];
}

export interface EngineSkill {
  slug: string;
  name: string;
  prerequisites: readonly string[];
  hoursToLevel: readonly [number, number, number, number];
  resources: readonly { title: string; url: string }[];
}

/** What the engine needs to know about skills: lookup plus catalog order for stable ties. */
export interface SkillBook {
  get(slug: string): EngineSkill | undefined;
  position(slug: string): number;
}

export interface Gap {
  skill: string;
  have: number;
  need: number;
  weight: number;
  priority: number;
}

export interface GapReport {
  target: string;
  fit: number;
  gaps: Gap[];
  met: string[];
  /** The role's skills the assessment does not rate at all: they count as 0, but are not known to be 0. */
  unrated: string[];
}

/**
 * Phases by what they get you: the shortest path to interviews (core requirements, weight 3, and
 * what they need), then the important ones (weight 2), then the rest (nice-to-haves).
 */
export const PHASE_KEYS = ["interview-ready", "strong-candidate", "well-rounded"] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** The three projects a role names (catalog shape), mapped onto phases by the engine. */
export interface RoleProjects {
  foundations: string;
  core: string;
  specialisation: string;
}

export interface RoadmapItem {
  skill: string;
  from: number;
  to: number;
  hours: number;
  /** Weight in the target role; 0 for a prerequisite the role does not list itself. */
  weight: number;
  /** Why the item is there: a gap of the role, or a prerequisite of other items. */
  reason: "gap" | "prerequisite";
  /** Items that depend on this one. */
  unlocks: string[];
  resources: { title: string; url: string }[];
}

export interface RoadmapPhase {
  key: PhaseKey;
  title: string;
  /** What finishing the phase gets you, in English (pages word it from `key`). */
  outcome: string;
  /** Calendar weeks the phase takes at the chosen hours per week. */
  weeks: number;
  startWeek: number;
  endWeek: number;
  hours: number;
  targetDate?: string;
  milestone: string;
  items: RoadmapItem[];
}

export interface Roadmap {
  target: string;
  fit: number;
  hoursPerWeek: number;
  totalHours: number;
  weeks: number;
  startDate?: string;
  targetDate?: string;
  phases: RoadmapPhase[];
}
