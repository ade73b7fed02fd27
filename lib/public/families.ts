import { type Role } from "@/lib/catalog";
import { localizedRole } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";

/** Names and blurbs live in the messages (namespace "families", keyed by slug). */
export interface RoleFamily {
  slug: "data" | "science" | "engineering" | "research";
  roles: readonly string[];
}

/*
 * The article walks through the jobs in this order: the data foundation, insight from data,
 * science on complex data, engineering ML into products (and its infrastructure and hardware
 * variants), then research. The families follow that walk.
 */
export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    slug: "data",
    roles: ["data-engineer", "data-scientist"],
  },
  {
    slug: "science",
    roles: ["applied-scientist"],
  },
  {
    slug: "engineering",
    roles: ["ml-engineer", "ml-infrastructure-engineer", "ml-hardware-engineer"],
  },
  {
    slug: "research",
    roles: ["research-scientist", "research-engineer"],
  },
];

/**
 * The roles each role's `differsFrom` text sets it against, so "compare with neighbours" links
 * lead to the comparisons the article itself draws.
 */
export const ROLE_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  "data-engineer": ["data-scientist", "ml-engineer"],
  "data-scientist": ["data-engineer", "applied-scientist", "ml-engineer"],
  "applied-scientist": ["data-scientist", "research-scientist", "ml-engineer"],
  "ml-engineer": ["data-scientist", "ml-infrastructure-engineer", "research-engineer"],
  "ml-infrastructure-engineer": ["ml-engineer", "ml-hardware-engineer"],
  "ml-hardware-engineer": ["ml-infrastructure-engineer", "ml-engineer"],
  "research-engineer": ["research-scientist", "ml-engineer"],
  "research-scientist": ["research-engineer", "applied-scientist"],
};

export function familyRoles(family: RoleFamily, locale: Locale = "en"): Role[] {
  return family.roles.map((slug) => localizedRole(slug, locale)).filter((role): role is Role => role !== undefined);
}

export function familyOf(roleSlug: string): RoleFamily | undefined {
  return ROLE_FAMILIES.find((family) => family.roles.includes(roleSlug));
}

export function neighboursOf(roleSlug: string, locale: Locale = "en"): Role[] {
  return (ROLE_NEIGHBOURS[roleSlug] ?? []).map((slug) => localizedRole(slug, locale)).filter((role): role is Role => role !== undefined);
}

/** The role's heaviest requirements: core weight first, then higher level, then the role's own order. */
export function topSkills(role: Role, count: number): Role["skills"][number][] {
  return role.skills
    .map((requirement, index) => ({ requirement, index }))
    .sort((a, b) => b.requirement.weight - a.requirement.weight || b.requirement.level - a.requirement.level || a.index - b.index)
    .slice(0, count)
    .map(({ requirement }) => requirement);
}
