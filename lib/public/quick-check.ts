import { getRole, getSkill, roles, type Role } from "@/lib/catalog";
import { catalogBook } from "@/lib/catalog/book";
import { computeGap, type Assessment, type TargetRole } from "@/lib/engine";

/*
 * A dozen skills that between them carry the core of every role: each role has at least three
 * of its weight-3 or weight-2 requirements here, so the ranking separates the eight roles
 * without asking a visitor to rate all fifty-odd skills.
 */
export const QUICK_CHECK_SKILLS = [
  "python",
  "sql",
  "data-ingestion-etl",
  "statistics",
  "classical-ml",
  "software-design",
  "model-serving",
  "distributed-systems",
  "gpu-programming",
  "computer-architecture",
  "research-methods",
  "stakeholder-communication",
] as const;

export type QuickCheckSkill = (typeof QUICK_CHECK_SKILLS)[number];

const QUICK = new Set<string>(QUICK_CHECK_SKILLS);

/**
 * A role cut down to the quick-check skills. Fit on the cut-down role uses the contract's
 * formula unchanged; counting the skills nobody was asked about as 0 would make every fit look
 * low and favour the roles that happen to have more of their skills in the list.
 */
export function quickTarget(role: Role): TargetRole {
  return {
    slug: role.slug,
    name: role.name,
    skills: role.skills.filter((rs) => QUICK.has(rs.skill)).map(({ skill, level, weight }) => ({ skill, level, weight })),
  };
}

export const quickTargets: readonly TargetRole[] = roles.map(quickTarget);

export function quickTargetFor(slug: string): TargetRole | undefined {
  const role = getRole(slug);
  return role ? quickTarget(role) : undefined;
}

/** Only the quick-check skills, whatever else the assessment holds. */
export function quickAssessment(assessment: Assessment): Record<QuickCheckSkill, number> {
  return Object.fromEntries(QUICK_CHECK_SKILLS.map((slug) => [slug, assessment[slug] ?? 0])) as Record<QuickCheckSkill, number>;
}

/** The pace a quick check gives time at unless the visitor picks another (hours per week). */
export const QUICK_CHECK_PACE = 10;

export interface QuickGapRow {
  skill: QuickCheckSkill;
  have: number;
  need: number;
  weight: number;
  /** Catalog hours from `have` to `need` for this skill alone (prerequisites not counted). */
  hours: number;
}

export interface QuickTargetGap {
  target: string;
  fit: number;
  /** Biggest gap first (weight × missing levels), ties in catalog order. */
  gaps: QuickGapRow[];
  met: QuickCheckSkill[];
  totalHours: number;
  hoursPerWeek: number;
  /** ceil(totalHours / hoursPerWeek); 0 when nothing is missing. */
  weeks: number;
  /** Skills the full role lists that the quick check did not ask about. */
  notAsked: number;
}

function hoursBetween(skill: string, from: number, to: number): number {
  const hours = getSkill(skill)?.hoursToLevel;
  if (!hours) return 0;
  let total = 0;
  for (let level = from + 1; level <= to; level++) total += hours[level - 1] ?? 0;
  return total;
}

/**
 * The gap to the role the visitor wants, on the quick-check skills only, with the catalog's hours
 * for each missing level and the weeks that makes at `hoursPerWeek`. It says how many of the
 * role's skills were not asked, so the time is never mistaken for the whole road.
 */
export function quickTargetGap(slug: string, ratings: Assessment, hoursPerWeek = QUICK_CHECK_PACE): QuickTargetGap | undefined {
  const role = getRole(slug);
  if (!role) return undefined;
  const report = computeGap(quickTarget(role), quickAssessment(ratings), catalogBook);
  const gaps = report.gaps.map(({ skill, have, need, weight }) => ({ skill: skill as QuickCheckSkill, have, need, weight, hours: hoursBetween(skill, have, need) }));
  const totalHours = gaps.reduce((sum, gap) => sum + gap.hours, 0);
  const pace = Math.max(1, Math.floor(hoursPerWeek));
  return {
    target: role.slug,
    fit: report.fit,
    gaps,
    met: report.met as QuickCheckSkill[],
    totalHours,
    hoursPerWeek: pace,
    weeks: Math.ceil(totalHours / pace),
    notAsked: role.skills.filter((rs) => !QUICK.has(rs.skill)).length,
  };
}
