import { skillPosition, type Role } from "@/lib/catalog";
import { skillName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { Assessment } from "@/lib/engine";

export interface SkillChange {
  skill: string;
  name: string;
  /** Required level in the role you come from; 0 when that role does not list the skill. */
  from: number;
  /** Required level in the role you go to; 0 when that role does not list the skill. */
  to: number;
  /** to − from: positive to grow, negative where the skill matters less. */
  delta: number;
  /** Weight in the target role; 0 when the target does not list the skill. */
  weight: number;
}

export interface RoleComparison {
  from: string;
  to: string;
  /** Skills the target needs at a higher level, most important first. */
  grow: SkillChange[];
  /** Skills the target needs at a lower level or not at all, largest drop first. */
  less: SkillChange[];
  /** Skills both roles list at the same level, in catalog order. */
  same: SkillChange[];
}

/**
 * What changes between two roles' typical requirements. It compares role profiles, not a
 * person, so it answers "what does moving from A to B usually take".
 */
export function compareRoles(from: Role, to: Role, locale: Locale = "en"): RoleComparison {
  const fromLevels = new Map(from.skills.map((rs) => [rs.skill, rs.level]));
  const toLevels = new Map(to.skills.map((rs) => [rs.skill, { level: rs.level, weight: rs.weight }]));
  const slugs = [...new Set([...from.skills.map((rs) => rs.skill), ...to.skills.map((rs) => rs.skill)])];

  const changes: SkillChange[] = slugs.map((skill) => {
    const a = fromLevels.get(skill) ?? 0;
    const b = toLevels.get(skill);
    return {
      skill,
      name: skillName(skill, locale),
      from: a,
      to: b?.level ?? 0,
      delta: (b?.level ?? 0) - a,
      weight: b?.weight ?? 0,
    };
  });

  const byPosition = (x: SkillChange, y: SkillChange) => skillPosition(x.skill) - skillPosition(y.skill);
  return {
    from: from.slug,
    to: to.slug,
    grow: changes
      .filter((c) => c.delta > 0)
      .sort((x, y) => y.weight * y.delta - x.weight * x.delta || y.delta - x.delta || byPosition(x, y)),
    less: changes.filter((c) => c.delta < 0).sort((x, y) => x.delta - y.delta || byPosition(x, y)),
    same: changes.filter((c) => c.delta === 0).sort(byPosition),
  };
}

/** A role's required levels read as an assessment: "someone who fully fits this role". */
export function roleAsAssessment(role: Role): Assessment {
  return Object.fromEntries(role.skills.map((rs) => [rs.skill, rs.level]));
}
