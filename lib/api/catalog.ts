import { getRole, getSkill, type Role, type Skill } from "@/lib/catalog";

/** The contract's Role, plus the words that explain it. */
export function roleToJson(role: Role) {
  return {
    slug: role.slug,
    name: role.name,
    summary: role.summary,
    differsFrom: role.differsFrom,
    source: role.source,
    skills: role.skills.map((rs) => {
      const skill = getSkill(rs.skill)!;
      return {
        slug: skill.slug,
        name: skill.name,
        category: skill.category,
        level: rs.level,
        weight: rs.weight,
        rationale: rs.rationale,
      };
    }),
    milestones: role.milestones,
  };
}

export function skillToJson(skill: Skill) {
  return {
    slug: skill.slug,
    name: skill.name,
    category: skill.category,
    description: skill.description,
    levels: [...skill.levels],
    prerequisites: [...skill.prerequisites],
    aliases: [...skill.aliases],
    hoursToLevel: [...skill.hoursToLevel],
    resources: skill.resources.map((r) => ({ ...r })),
  };
}

export function roleNamed(slug: string): Role {
  const role = getRole(slug);
  if (!role) throw new Error(`Validated role slug missing from catalog: ${slug}`);
  return role;
}
