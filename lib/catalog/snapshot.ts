import { roles, skills } from "./index";

/** What a plan needs to remember of a catalog version to say later what changed. */
export interface CatalogSnapshot {
  skills: Record<string, { name: string }>;
  roles: Record<string, { name: string; skills: Record<string, { level: number; weight: number }> }>;
}

export function currentCatalogSnapshot(): CatalogSnapshot {
  return {
    skills: Object.fromEntries(skills.map((s) => [s.slug, { name: s.name }])),
    roles: Object.fromEntries(
      roles.map((r) => [
        r.slug,
        { name: r.name, skills: Object.fromEntries(r.skills.map((rs) => [rs.skill, { level: rs.level, weight: rs.weight }])) },
      ]),
    ),
  };
}
