import { getRole, type Role, type Skill } from "@/lib/catalog";
import { localizedSkill } from "@/lib/catalog/localize";
import type { Roadmap } from "@/lib/engine";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** The contract's Role, plus the words that explain it; `role` is already in the answer's language. */
export function roleToJson(role: Role, locale: Locale = "en") {
  return {
    slug: role.slug,
    name: role.name,
    summary: role.summary,
    differsFrom: role.differsFrom,
    source: role.source,
    skills: role.skills.map((rs) => {
      const skill = localizedSkill(rs.skill, locale)!;
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
    // Additions (v1.1 allows new fields): where the hours come from, and skills no role requires.
    hoursSource: skill.hoursSource,
    postingOnly: skill.postingOnly === true,
    resources: skill.resources.map((r) => ({ ...r })),
  };
}

/** Phase titles in the answer's language; the engine's milestones come from the localized role. */
export function roadmapToJson(roadmap: Roadmap, locale: Locale) {
  const phase = translator(locale, "phases");
  return {
    ...roadmap,
    phases: roadmap.phases.map((p) => ({
      ...p,
      title: phase(p.key),
      items: p.items.map((item) => ({ ...item, name: localizedSkill(item.skill, locale)?.name ?? item.skill })),
    })),
  };
}

export function roleNamed(slug: string): Role {
  const role = getRole(slug);
  if (!role) throw new Error(`Validated role slug missing from catalog: ${slug}`);
  return role;
}
