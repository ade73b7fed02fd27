import type { SkillBook, TargetRole } from "../engine";
import { getSkill, roles, skillPosition } from "./index";
import type { Role } from "./types";

/** The catalog seen through the engine's narrow interface. */
export const catalogBook: SkillBook = { get: getSkill, position: skillPosition };

export function roleAsTarget(role: Role): TargetRole {
  return {
    slug: role.slug,
    name: role.name,
    skills: role.skills.map(({ skill, level, weight }) => ({ skill, level, weight })),
  };
}

export const catalogTargets: readonly TargetRole[] = roles.map(roleAsTarget);
