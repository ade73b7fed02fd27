import { ALIASES } from "./aliases";
import { CATEGORIES } from "./categories";
import { ROLES } from "./roles";
import { SKILL_CONTENT } from "./skills";
import type { Category, CategorySlug, Role, Skill } from "./types";

export type * from "./types";
export { LEVELS, WEIGHTS } from "./types";

export const categories: readonly Category[] = CATEGORIES;

export const skills: readonly Skill[] = SKILL_CONTENT.map((skill) => ({
  ...skill,
  aliases: ALIASES[skill.slug] ?? [],
}));

export const roles: readonly Role[] = ROLES;

const skillIndex = new Map(skills.map((skill, position) => [skill.slug, { skill, position }]));
const roleIndex = new Map(roles.map((role) => [role.slug, role]));
const categoryIndex = new Map(categories.map((category) => [category.slug, category]));

export function getSkill(slug: string): Skill | undefined {
  return skillIndex.get(slug)?.skill;
}

export function getRole(slug: string): Role | undefined {
  return roleIndex.get(slug);
}

export function getCategory(slug: CategorySlug): Category | undefined {
  return categoryIndex.get(slug);
}

/** Position of a skill in the catalog; used to break ties deterministically. */
export function skillPosition(slug: string): number {
  return skillIndex.get(slug)?.position ?? Number.MAX_SAFE_INTEGER;
}

export function isSkillSlug(slug: string): boolean {
  return skillIndex.has(slug);
}

export function isRoleSlug(slug: string): boolean {
  return roleIndex.has(slug);
}

/**
 * A short fingerprint of everything that changes a plan: skills (levels, hours, prerequisites)
 * and role requirements. Plans record it so they can tell when the catalog moved under them.
 */
export const CATALOG_VERSION: string = fingerprint(
  JSON.stringify({
    skills: SKILL_CONTENT.map((s) => [s.slug, s.name, s.prerequisites, s.hoursToLevel]),
    roles: ROLES.map((r) => [r.slug, r.skills.map((rs) => [rs.skill, rs.level, rs.weight])]),
  }),
);

/** FNV-1a, 32 bit: enough to notice a change, and it runs anywhere without node:crypto. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
