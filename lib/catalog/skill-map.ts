import type { Level } from "./types";

/**
 * How ratings and plan statuses of skills that were split or merged carry into the catalog
 * version that split or merged them (docs/catalog.md, "Nobody loses anything"). Pure data plus
 * pure functions; the database step that applies them is db/queries/catalog-upgrade.ts.
 *
 * Slugs are kept stable wherever possible, so this map lists only what a rating of an old skill
 * honestly says about a new one. Old ratings and statuses are never changed or deleted: the map
 * only ADDS a rating or status for the new skill where the person has none yet, so re-running it
 * is harmless and a person's own later rating always wins.
 */
export interface SkillCarry {
  /** Old skill(s); with several, the highest rating carries (a merge). */
  from: readonly string[];
  to: string;
  /**
   * The highest level the old rating can vouch for in the new skill, where the old skill covered
   * only its lower levels. Absent: the old skill covered the new one at every level.
   */
  maxLevel?: Level;
  /** Whether a roadmap item's status carries too: only when the old item's work was the new one's. */
  carriesStatus: boolean;
  /** The catalog version that made the change (docs), and why a rating carries. */
  since: string;
  why: string;
}

/** The catalog version before catalog 2026 (fingerprint of main at 6dcce79). */
export const CATALOG_2025 = "c400b449";

export const SKILL_CARRIES: readonly SkillCarry[] = [
  {
    from: ["data-quality"],
    to: "data-cleaning",
    carriesStatus: true,
    since: "catalog 2026",
    why: "'Data cleaning and quality' was split into 'Data cleaning' and 'Data quality and validation'; the old descriptors covered cleaning at every level (level 2 was cleaning a real dataset), so the rating and the item's status apply to both.",
  },
  {
    from: ["nlp-llms"],
    to: "llm-applications",
    maxLevel: 2,
    carriesStatus: false,
    since: "catalog 2026",
    why: "'NLP and large language models' lost its LLM-application half to 'Building LLM applications'. Its old level 2 included a retrieval-augmented prototype, so a rating carries up to 2; above that the old words were about training language models, and the person should rate the new skill themselves.",
  },
  {
    from: ["computer-vision", "nlp-llms", "graph-ml"],
    to: "modality-depth",
    carriesStatus: false,
    since: "catalog 2026",
    why: "Roles now ask for depth in ONE modality of the person's choice; the best of their vision, language and graph ratings is that depth. Statuses do not carry: an item towards vision at level 2 is not the applied scientist's depth at 4.",
  },
];

export type ItemStatus = "todo" | "doing" | "done";

const STATUS_RANK: Readonly<Record<ItemStatus, number>> = { todo: 0, doing: 1, done: 2 };

/** Every old slug the map reads, so the database step can select only the rows that matter. */
export const CARRIED_FROM: readonly string[] = [...new Set(SKILL_CARRIES.flatMap((c) => c.from))];

/** Ratings to ADD for new skills, from a person's current ratings; never overwrites one. */
export function carriedRatings(ratings: Readonly<Record<string, number>>, carries = SKILL_CARRIES): Record<string, number> {
  const added: Record<string, number> = {};
  for (const carry of carries) {
    if (carry.to in ratings) continue;
    const best = Math.max(0, ...carry.from.map((slug) => ratings[slug] ?? 0));
    const level = Math.min(best, carry.maxLevel ?? 4);
    if (level > 0) added[carry.to] = Math.max(added[carry.to] ?? 0, level);
  }
  return added;
}

/** Plan item statuses to ADD for new skills, from a plan's current statuses; never overwrites one. */
export function carriedStatuses(
  statuses: Readonly<Record<string, ItemStatus>>,
  carries = SKILL_CARRIES,
): Record<string, ItemStatus> {
  const added: Record<string, ItemStatus> = {};
  for (const carry of carries) {
    if (!carry.carriesStatus || carry.to in statuses) continue;
    const known = carry.from.map((slug) => statuses[slug]).filter((s): s is ItemStatus => s !== undefined);
    if (known.length === 0) continue;
    const best = known.reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a));
    const previous = added[carry.to];
    if (!previous || STATUS_RANK[best] > STATUS_RANK[previous]) added[carry.to] = best;
  }
  return added;
}
