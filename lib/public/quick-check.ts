import { getRole, roles, type Role } from "@/lib/catalog";
import type { Assessment, TargetRole } from "@/lib/engine";

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
