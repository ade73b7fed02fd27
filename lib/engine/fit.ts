import type { Assessment, Gap, GapReport, SkillBook, TargetRole } from "./types";

function levelOf(assessment: Assessment, skill: string): number {
  const level = assessment[skill];
  return typeof level === "number" && Number.isFinite(level) ? level : 0;
}

/**
 * fit = round(100 × Σ w·min(have, need) / Σ w·need, 1), the one formula of the API contract.
 * Being over-qualified in a skill cannot make up for a gap in another.
 */
export function computeFit(role: TargetRole, assessment: Assessment): number {
  let achieved = 0;
  let required = 0;
  for (const { skill, level, weight } of role.skills) {
    achieved += weight * Math.min(levelOf(assessment, skill), level);
    required += weight * level;
  }
  if (required === 0) return 100;
  return Math.round((1000 * achieved) / required) / 10;
}

/** Gaps by priority (weight × missing levels), highest first, ties in catalog order. */
export function computeGap(role: TargetRole, assessment: Assessment, book: SkillBook): GapReport {
  const gaps: Gap[] = [];
  const met: string[] = [];
  for (const { skill, level: need, weight } of role.skills) {
    const have = levelOf(assessment, skill);
    if (have >= need) met.push(skill);
    else gaps.push({ skill, have, need, weight, priority: weight * (need - have) });
  }
  gaps.sort((a, b) => b.priority - a.priority || book.position(a.skill) - book.position(b.skill));
  met.sort((a, b) => book.position(a) - book.position(b));
  return { target: role.slug, fit: computeFit(role, assessment), gaps, met, unrated: unratedSkills(role, assessment, book) };
}

/**
 * The role's skills the assessment leaves out, in catalog order. A rating of 0 is an answer
 * ("I do not have this"); a missing one is a question nobody asked yet.
 */
export function unratedSkills(role: TargetRole, assessment: Assessment, book: SkillBook): string[] {
  return role.skills
    .map((r) => r.skill)
    .filter((skill) => !Object.hasOwn(assessment, skill))
    .sort((a, b) => book.position(a) - book.position(b));
}

export interface RoleFit {
  slug: string;
  name: string;
  fit: number;
}

/** All roles by fit, highest first; equal fits keep the order the roles were given in. */
export function rankRoles(roles: readonly TargetRole[], assessment: Assessment): RoleFit[] {
  return roles
    .map((role, index) => ({ slug: role.slug, name: role.name, fit: computeFit(role, assessment), index }))
    .sort((a, b) => b.fit - a.fit || a.index - b.index)
    .map(({ slug, name, fit }) => ({ slug, name, fit }));
}
