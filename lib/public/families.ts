import { getRole, type Role } from "@/lib/catalog";

export interface RoleFamily {
  slug: string;
  name: string;
  /** One sentence on what the family has in common, in the article's terms. */
  blurb: string;
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
    name: "Data",
    blurb: "Move, store and understand data: the foundation every ML pipeline stands on.",
    roles: ["data-engineer", "data-scientist"],
  },
  {
    slug: "science",
    name: "Applied science",
    blurb: "Make models work on complex, non-tabular data where simple methods and AutoML fall short.",
    roles: ["applied-scientist"],
  },
  {
    slug: "engineering",
    name: "ML engineering",
    blurb: "Turn models into products, and build the compute and hardware they run on.",
    roles: ["ml-engineer", "ml-infrastructure-engineer", "ml-hardware-engineer"],
  },
  {
    slug: "research",
    name: "Research",
    blurb: "Push the state of the art: propose ideas, implement them and run the experiments.",
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

export function familyRoles(family: RoleFamily): Role[] {
  return family.roles.map((slug) => getRole(slug)).filter((role): role is Role => role !== undefined);
}

export function familyOf(roleSlug: string): RoleFamily | undefined {
  return ROLE_FAMILIES.find((family) => family.roles.includes(roleSlug));
}

export function neighboursOf(roleSlug: string): Role[] {
  return (ROLE_NEIGHBOURS[roleSlug] ?? []).map((slug) => getRole(slug)).filter((role): role is Role => role !== undefined);
}

/** The role's heaviest requirements: core weight first, then higher level, then the role's own order. */
export function topSkills(role: Role, count: number): Role["skills"][number][] {
  return role.skills
    .map((requirement, index) => ({ requirement, index }))
    .sort((a, b) => b.requirement.weight - a.requirement.weight || b.requirement.level - a.requirement.level || a.index - b.index)
    .slice(0, count)
    .map(({ requirement }) => requirement);
}
