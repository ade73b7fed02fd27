import type { Locale } from "@/lib/i18n/locales";
import { categories, getCategory, getRole, getSkill, roles, skills } from "./index";
import { KO_CATEGORIES } from "./ko/categories";
import { KO_ROLES } from "./ko/roles";
import { KO_SKILLS } from "./ko/skills";
import type { Category, CategorySlug, Role, Skill } from "./types";

/*
 * The catalog keeps one shape in every language: these return the same objects with the words
 * swapped, so pages and the API keep using slugs, levels and hours as they are. English is the
 * source; a missing Korean entry falls back to it here and fails lib/catalog/ko.test.ts.
 */

function koSkill(skill: Skill): Skill {
  const ko = KO_SKILLS[skill.slug];
  return ko ? { ...skill, name: ko.name, description: ko.description, levels: ko.levels } : skill;
}

function koCategory(category: Category): Category {
  const ko = KO_CATEGORIES[category.slug];
  return ko ? { ...category, name: ko.name, description: ko.description } : category;
}

function koRole(role: Role): Role {
  const ko = KO_ROLES[role.slug];
  if (!ko) return role;
  return {
    ...role,
    name: ko.name,
    summary: ko.summary,
    differsFrom: ko.differsFrom,
    source: ko.source,
    milestones: { ...ko.milestones },
    skills: role.skills.map((rs) => ({ ...rs, rationale: ko.rationales[rs.skill] ?? rs.rationale })),
  };
}

// Built once: the catalog is static, and pages ask for the same entries on every request.
const KO = {
  skills: skills.map(koSkill),
  roles: roles.map(koRole),
  categories: categories.map(koCategory),
};
const koSkillIndex = new Map(KO.skills.map((s) => [s.slug, s]));
const koRoleIndex = new Map(KO.roles.map((r) => [r.slug, r]));
const koCategoryIndex = new Map(KO.categories.map((c) => [c.slug, c]));

export function localizedSkills(locale: Locale): readonly Skill[] {
  return locale === "ko" ? KO.skills : skills;
}

export function localizedRoles(locale: Locale): readonly Role[] {
  return locale === "ko" ? KO.roles : roles;
}

export function localizedCategories(locale: Locale): readonly Category[] {
  return locale === "ko" ? KO.categories : categories;
}

export function localizedSkill(skill: Skill, locale: Locale): Skill;
export function localizedSkill(skill: string, locale: Locale): Skill | undefined;
export function localizedSkill(skill: string | Skill, locale: Locale): Skill | undefined {
  const slug = typeof skill === "string" ? skill : skill.slug;
  if (locale === "ko") return koSkillIndex.get(slug) ?? (typeof skill === "string" ? undefined : koSkill(skill));
  return typeof skill === "string" ? getSkill(slug) : skill;
}

export function localizedRole(role: Role, locale: Locale): Role;
export function localizedRole(role: string, locale: Locale): Role | undefined;
export function localizedRole(role: string | Role, locale: Locale): Role | undefined {
  const slug = typeof role === "string" ? role : role.slug;
  if (locale === "ko") return koRoleIndex.get(slug) ?? (typeof role === "string" ? undefined : koRole(role));
  return typeof role === "string" ? getRole(slug) : role;
}

export function localizedCategory(category: Category, locale: Locale): Category;
export function localizedCategory(category: CategorySlug, locale: Locale): Category | undefined;
export function localizedCategory(category: CategorySlug | Category, locale: Locale): Category | undefined {
  const slug = typeof category === "string" ? category : category.slug;
  if (locale === "ko") return koCategoryIndex.get(slug) ?? (typeof category === "string" ? undefined : koCategory(category));
  return typeof category === "string" ? getCategory(slug) : category;
}

/** A skill's name for display; a slug no longer in the catalog keeps the name a plan stored. */
export function skillName(slug: string, locale: Locale, fallback?: string): string {
  return localizedSkill(slug, locale)?.name ?? fallback ?? slug;
}

/** A catalog role's name; custom roles (and removed ones) keep the stored name. */
export function roleName(slug: string, locale: Locale, fallback?: string): string {
  return localizedRole(slug, locale)?.name ?? fallback ?? slug;
}
