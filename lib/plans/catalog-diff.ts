import type { CatalogSnapshot } from "@/lib/catalog/snapshot";

export interface CatalogChange {
  kind: "skill-renamed" | "skill-removed" | "requirement-changed" | "requirement-added" | "requirement-removed";
  skill: string;
  /** English, for the API; pages word the change themselves from the fields below. */
  message: string;
  /** The skill's name in the catalog the plan was built from (for renamed or removed skills). */
  oldName?: string;
  before?: { level: number; weight: number };
  after?: { level: number; weight: number };
}

/**
 * What moved in the catalog, between the version a plan was built from and now, that touches this
 * plan: its items' skills and its catalog target role's requirements.
 */
export function diffCatalogForPlan(
  before: CatalogSnapshot,
  after: CatalogSnapshot,
  target: string,
  planSkills: readonly string[],
): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const nameBefore = (slug: string) => before.skills[slug]?.name ?? slug;
  for (const skill of planSkills) {
    const old = before.skills[skill];
    const now = after.skills[skill];
    if (old && !now) changes.push({ kind: "skill-removed", skill, oldName: old.name, message: `“${old.name}” was removed from the catalog.` });
    else if (old && now && old.name !== now.name) {
      changes.push({ kind: "skill-renamed", skill, oldName: old.name, message: `“${old.name}” is now called “${now.name}”.` });
    }
  }
  const roleBefore = before.roles[target]?.skills ?? {};
  const roleAfter = after.roles[target]?.skills;
  if (!roleAfter) return changes;
  for (const [skill, need] of Object.entries(roleAfter)) {
    const old = roleBefore[skill];
    const name = after.skills[skill]?.name ?? nameBefore(skill);
    if (!old) {
      changes.push({ kind: "requirement-added", skill, after: { level: need.level, weight: need.weight }, message: `The role now asks for ${name} at level ${need.level}.` });
    }
    else if (old.level !== need.level || old.weight !== need.weight) {
      const parts = [
        old.level !== need.level && `level ${old.level} → ${need.level}`,
        old.weight !== need.weight && `weight ${old.weight} → ${need.weight}`,
      ].filter(Boolean);
      changes.push({
        kind: "requirement-changed",
        skill,
        before: { level: old.level, weight: old.weight },
        after: { level: need.level, weight: need.weight },
        message: `${name}: ${parts.join(", ")}.`,
      });
    }
  }
  for (const skill of Object.keys(roleBefore)) {
    if (!roleAfter[skill]) {
      changes.push({ kind: "requirement-removed", skill, oldName: nameBefore(skill), message: `The role no longer asks for ${nameBefore(skill)}.` });
    }
  }
  return changes;
}
