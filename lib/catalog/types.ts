/**
 * Shapes of the reviewed catalog content. The catalog is typed data kept in the repo (like
 * roadmap.sh keeps its roadmaps), so a reviewer reads a diff, and a test checks its invariants.
 */

/**
 * One scale for every skill and every role (docs/catalog.md, "The level scale"):
 * 0 none; 1 awareness (has tried it: a tutorial, a read-through); 2 working with guidance (has
 * done it with a reviewer or an example at hand); 3 works independently, what a mid-level hire
 * for a role that needs the skill shows; 4 recognised depth that sets practice for others, kept
 * for the one or two skills that define a role.
 */
export type Level = 0 | 1 | 2 | 3 | 4;
/** The level a mid-level hire works at unaided; role profiles are written at this bar. */
export const INDEPENDENT_LEVEL = 3 satisfies Level;
/** Recognised depth: a role may ask for it in at most this many skills (the ones that define it). */
export const DEFINING_DEPTH_LEVEL = 4 satisfies Level;
export const MAX_DEFINING_SKILLS = 2;
/**
 * 1 nice to have, 2 important, 3 core: what an interview for a mid-level hire checks. The roadmap
 * orders a person's gaps by it (core gaps first), so it is never decoration.
 */
export type Weight = 1 | 2 | 3;

export const LEVELS = [0, 1, 2, 3, 4] as const satisfies readonly Level[];
export const WEIGHTS = [1, 2, 3] as const satisfies readonly Weight[];

export type CategorySlug =
  | "software-engineering"
  | "data"
  | "analysis-statistics"
  | "machine-learning"
  | "research"
  | "production-infrastructure"
  | "hardware-performance"
  | "business-collaboration";

export interface Category {
  slug: CategorySlug;
  name: string;
  description: string;
}

export interface Resource {
  title: string;
  url: string;
}

/** A skill as written in `skills.ts`; its aliases live in `aliases.ts`, owned by the posting analyzer. */
export interface SkillContent {
  /** Lowercase kebab-case, stable once published. */
  slug: string;
  name: string;
  category: CategorySlug;
  /** One or two sentences: what the skill is, in plain words. */
  description: string;
  /**
   * What each level looks like, index = level (0 none … 4 expert), written so a person can
   * honestly rate themselves against the words.
   */
  levels: readonly [string, string, string, string, string];
  /** Skills worth having before this one; the graph must be acyclic. */
  prerequisites: readonly string[];
  /**
   * Estimated focused study/practice hours to climb INTO each level: index 0 is the hours from
   * level 0 to 1, index 3 from level 3 to 4.
   */
  hoursToLevel: readonly [number, number, number, number];
  /**
   * Where the hours come from: a course or certificate length, a published estimate, or "team
   * judgement" said plainly, with its evidence tag ([official], [guide], [anecdote], [judgement]).
   */
  hoursSource: string;
  /**
   * Set when no catalog role requires the skill: postings and custom roles still use it (the
   * analyzer finds it, people can rate it), but role pages leave it out.
   */
  postingOnly?: true;
  /** Two or more real, well-known learning resources. */
  resources: readonly Resource[];
}

export interface RoleSkill {
  skill: string;
  /** Required level, 1..4. */
  level: Exclude<Level, 0>;
  weight: Weight;
  /** One line: why this role needs this skill at this level. */
  rationale: string;
}

export interface RoleMilestones {
  foundations: string;
  core: string;
  specialisation: string;
}

export interface Role {
  slug: string;
  name: string;
  /** Our own words: what the job is. */
  summary: string;
  /** How this role differs from its neighbours, grounded in the article. */
  differsFrom: string;
  /** Where the article supports this role (a short paraphrase of the passage, with its section). */
  source: string;
  skills: readonly RoleSkill[];
  /** A concrete project per roadmap phase towards this role. */
  milestones: RoleMilestones;
}

export interface Skill extends SkillContent {
  /**
   * Phrases that name the skill in job postings, English and Korean. Used by the job-posting
   * analyzer; kept in `aliases.ts`.
   */
  aliases: readonly string[];
}
